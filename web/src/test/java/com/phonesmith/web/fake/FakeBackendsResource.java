package com.phonesmith.web.fake;

import com.phonesmith.devstack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points web at the fake backends: chooses their loopback ports on each start of web and hands web their URLs. */
public class FakeBackendsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "phonesmith.web.configurator-url", "http://127.0.0.1:" + port(FakeBackends.CONFIGURATOR_PORT),
                "phonesmith.web.workflow-url", "http://127.0.0.1:" + port(FakeBackends.WORKFLOW_PORT),
                "phonesmith.web.factory-url", "http://127.0.0.1:" + port(FakeBackends.FACTORY_PORT),
                "phonesmith.web.activations-url", "http://127.0.0.1:" + port(FakeBackends.ACTIVATIONS_PORT));
    }

    /**
     * A fresh port on each start of web: a test profile restarts web in a new class loader, whose tests start new
     * fakes ({@link FakeBackends} is one per class loader) while those of the previous one still hold their ports.
     */
    private static synchronized String port(String property) {
        String port = Integer.toString(Ports.free());
        System.setProperty(property, port);
        return port;
    }

    @Override
    public void stop() {
        // the fake servers live as long as the test JVM
    }
}
