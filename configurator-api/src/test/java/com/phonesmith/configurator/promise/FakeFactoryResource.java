package com.phonesmith.configurator.promise;

import com.phonesmith.devstack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service at {@link FakeFactory#forService()}: chooses its loopback port once per JVM. The fake itself is
 * started by test code (in the class loader of the tests); until then the port is closed and nothing is promised.
 */
public class FakeFactoryResource implements QuarkusTestResourceLifecycleManager {
    static final String PORT = "phonesmith.test.fake-factory-port";

    @Override
    public Map<String, String> start() {
        return Map.of("phonesmith.promise.factory-url", "http://127.0.0.1:" + port());
    }

    static synchronized int port() {
        String port = System.getProperty(PORT);
        if (port == null) {
            port = Integer.toString(Ports.free());
            System.setProperty(PORT, port);
        }
        return Integer.parseInt(port);
    }

    @Override
    public void stop() {
        // the fake factory lives as long as the test JVM
    }
}
