package com.phonesmith.web.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * configurator-api, order-workflow, factory-adapter and activations as played in tests. {@link FakeBackendsResource} chooses their ports
 * (and tells web their URLs); the servers themselves start on first use from test code, so the canned answers
 * live in the class loader that the tests run in.
 */
public final class FakeBackends {
    static final String CONFIGURATOR_PORT = "phonesmith.test.fake-configurator-port";
    static final String WORKFLOW_PORT = "phonesmith.test.fake-workflow-port";
    static final String FACTORY_PORT = "phonesmith.test.fake-factory-port";
    static final String ACTIVATIONS_PORT = "phonesmith.test.fake-activations-port";

    private static FakeBackends instance;

    private final FakeBackend configurator;
    private final FakeBackend workflow;
    private final FakeBackend factory;
    private final FakeBackend activations;

    private FakeBackends(FakeBackend configurator, FakeBackend workflow, FakeBackend factory,
            FakeBackend activations) {
        this.configurator = configurator;
        this.workflow = workflow;
        this.factory = factory;
        this.activations = activations;
    }

    public static synchronized FakeBackends get() {
        if (instance == null) {
            FakeBackend configurator = new FakeBackend("configurator-api", port(CONFIGURATOR_PORT));
            FakeBackend workflow = new FakeBackend("order-workflow", port(WORKFLOW_PORT));
            FakeBackend factory = new FakeBackend("factory-adapter", port(FACTORY_PORT));
            FakeBackend activations = new FakeBackend("activations", port(ACTIVATIONS_PORT));
            configurator.json("/api/catalog", resource("/fake-backends/catalog.json"));
            configurator.json("/api/orders", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
            workflow.json(Incidents.PATH, Incidents.NONE);
            workflow.json(DeadLetters.PATH, DeadLetters.NONE);
            Escalations.install(workflow);
            factory.json("/api/handsets", "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
            activations.json("/api/activations/summary", """
                    {"year":2026,"target":30000000,"activatedThisYear":0,"shareOfTarget":0,"makers":[],"models":[],\
                    "weeks":[]}""");
            configurator.start();
            workflow.start();
            factory.start();
            activations.start();
            instance = new FakeBackends(configurator, workflow, factory, activations);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                configurator.stop();
                workflow.stop();
                factory.stop();
                activations.stop();
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

    public FakeBackend factory() {
        return factory;
    }

    public FakeBackend activations() {
        return activations;
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
