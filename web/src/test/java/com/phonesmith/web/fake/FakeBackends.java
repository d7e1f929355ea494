package com.phonesmith.web.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * configurator-api and order-workflow as played in tests. {@link FakeBackendsResource} chooses their ports
 * (and tells web their URLs); the servers themselves start on first use from test code, so the canned answers
 * live in the class loader that the tests run in.
 */
public final class FakeBackends {
    static final String CONFIGURATOR_PORT = "phonesmith.test.fake-configurator-port";
    static final String WORKFLOW_PORT = "phonesmith.test.fake-workflow-port";

    private static FakeBackends instance;

    private final FakeBackend configurator;
    private final FakeBackend workflow;

    private FakeBackends(FakeBackend configurator, FakeBackend workflow) {
        this.configurator = configurator;
        this.workflow = workflow;
    }

    public static synchronized FakeBackends get() {
        if (instance == null) {
            FakeBackend configurator = new FakeBackend("configurator-api", port(CONFIGURATOR_PORT));
            FakeBackend workflow = new FakeBackend("order-workflow", port(WORKFLOW_PORT));
            configurator.json("/api/catalog", resource("/fake-backends/catalog.json"));
            configurator.start();
            workflow.start();
            instance = new FakeBackends(configurator, workflow);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                configurator.stop();
                workflow.stop();
            }, "fake-backends-stop"));
        }
        return instance;
    }

    public FakeBackend configurator() {
        return configurator;
    }

    public FakeBackend workflow() {
        return workflow;
    }

    private static int port(String property) {
        String port = System.getProperty(property);
        if (port == null) {
            throw new IllegalStateException(property + " is not set: is FakeBackendsResource active for this test?");
        }
        return Integer.parseInt(port);
    }

    private static String resource(String path) {
        try (InputStream in = FakeBackends.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
