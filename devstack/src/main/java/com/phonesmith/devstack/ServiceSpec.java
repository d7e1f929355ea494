package com.phonesmith.devstack;

import java.util.List;
import java.util.Map;

/** One Quarkus service of the system as devstack runs it. */
record ServiceSpec(String name, int portOffset, String database, String heap) {
    static final String FACTORY_CLIENT_SECRET = "factory-adapter.client-secret";

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("web", 0, "web", "160m"),
            new ServiceSpec("configurator-api", 1, "configurator", "200m"),
            new ServiceSpec("order-workflow", 2, "workflow", "320m"),
            new ServiceSpec("factory-adapter", 3, "factory", "200m"),
            new ServiceSpec("os-image-builder", 4, "images", "200m"),
            new ServiceSpec("activations", 5, "activations", "200m"));

    /** The signing keys of the stack's image builder, and the trusted-keys file its handsets read. */
    static java.nio.file.Path signingKeys(StackConfig config) {
        return config.dataDir().resolve("signing-keys");
    }

    static java.nio.file.Path trustedKeys(StackConfig config) {
        return signingKeys(config).resolve("trusted-keys.pem");
    }

    int port(StackConfig config) {
        return config.httpBasePort() + portOffset;
    }

    static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    /**
     * The secrets of this service, as the environment variables its production profile reads them from: never on
     * a command line, where any local user could read them.
     */
    Map<String, String> secretEnvironment(Secrets secrets) throws java.io.IOException {
        return switch (name) {
            case "web" -> Map.of("PHONESMITH_WEB_FACTORY_CLIENT_SECRET", secrets.get(FACTORY_CLIENT_SECRET));
            case "configurator-api" -> Map.of("CONFIGURATOR_TRACKING_SECRET", secrets.get("tracking-secret"));
            case "factory-adapter" -> Map.of("FACTORY_CLIENT_SECRET", secrets.get(FACTORY_CLIENT_SECRET));
            default -> Map.of();
        };
    }

    /** Where web writes the demo accounts and their passwords. */
    static java.nio.file.Path demoAccountsFile(StackConfig config) {
        return config.dataDir().resolve("demo-accounts.txt");
    }

    static String url(StackConfig config, String name) {
        return "http://127.0.0.1:" + named(name).port(config);
    }

    /**
     * System properties that wire this service to the stack's database, broker, handsets and peers, and to web as
     * the issuer of the tokens every other service trusts.
     */
    Map<String, String> properties(StackConfig config, String jdbcUrl, String kafka) {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        props.put("quarkus.http.port", Integer.toString(port(config)));
        props.put("quarkus.datasource.jdbc.url", jdbcUrl);
        props.put("quarkus.datasource.username", PostgresServer.USER);
        props.put("quarkus.datasource.password", PostgresServer.USER);
        props.put("kafka.bootstrap.servers", kafka);
        props.put("phonesmith.exit-with-parent", "true");
        if (!name.equals("web")) {
            props.put("phonesmith.token-trust.keys-url", url(config, "web") + "/.well-known/jwks.json");
        }
        switch (name) {
            case "web" -> {
                props.put("phonesmith.web.configurator-url", url(config, "configurator-api"));
                props.put("phonesmith.web.workflow-url", url(config, "order-workflow"));
                props.put("phonesmith.web.factory-url", url(config, "factory-adapter"));
                props.put("phonesmith.web.activations-url", url(config, "activations"));
                props.put("phonesmith.web.tokens.keys-dir", config.dataDir().resolve("web-keys").toString());
                props.put("phonesmith.web.tokens.generate-missing-keys", "true");
                // the dev stack serves plain HTTP on localhost: a Secure cookie would never come back
                props.put("phonesmith.web.sessions.secure-cookies", "false");
                props.put("phonesmith.web.demo.enabled", "true");
                props.put("phonesmith.web.demo.accounts-file", demoAccountsFile(config).toString());
            }

            // the delivery promise of the shop: factory-adapter's GET /api/promise
            case "configurator-api" -> props.put("phonesmith.promise.factory-url", url(config, "factory-adapter"));
            case "order-workflow" -> {
                // the demo's week runs in minutes: a reply this late is worth support's attention
                props.put("phonesmith.workflow.waits.image-ready", "PT15M");
                props.put("phonesmith.workflow.waits.handset-reserved", "PT30M");
                props.put("phonesmith.workflow.waits.shipped", "PT30M");
                props.put("phonesmith.workflow.waits.delivered", "PT30M");
                props.put("phonesmith.workflow.waits.build-cancelled", "PT15M");
                props.put("phonesmith.workflow.waits.payment-released", "PT15M");
            }
            case "os-image-builder" -> {
                props.put("images.store-dir", config.dataDir().resolve("artifacts").toString());
                props.put("images.public-url", url(config, "os-image-builder"));
                // the dev key is made here on first start; the rack's handsets trust what is published beside it
                props.put("images.keys-dir", signingKeys(config).toString());
                // a demo-sized seed release: a 64 MiB system image builds in a few seconds on a laptop
                props.put("images.seed.system-mib", "64");
                props.put("images.seed.vendor-mib", "8");
                props.put("images.seed.product-kib-per-package", "256");
            }
            case "factory-adapter" -> {
                props.put("factory.stations.host", "127.0.0.1");
                props.put("factory.stations.first-port", Integer.toString(config.firstHandsetPort()));
                props.put("factory.stations.count", Integer.toString(config.handsetCount()));
                // the factory flashes what the stack's image builder signed, checked against the keys it publishes
                props.put("factory.flash.trusted-keys", trustedKeys(config).toString());
                props.put("factory.steps.pack-duration", config.stepDuration());
                props.put("factory.steps.ship-duration", config.stepDuration());
                // the demo's factory works round the clock, every day, at the pace of its compressed steps
                props.put("factory.capacity.working-days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
                props.put("factory.capacity.shifts", "00:00-24:00");
                props.put("factory.shipping.simulated-transit", config.stepDuration());
                for (String station : List.of("kitting", "flashing", "qa", "packing", "shipping")) {
                    if (StackConfig.millis(config.stepDuration()) > 0) {
                        props.put("factory.capacity.stations." + station + ".per-phone", config.stepDuration());
                    }
                }
                props.put("phonesmith.service-credentials.token-url", url(config, "web") + "/oauth/token");
                props.put("phonesmith.service-credentials.client-id", "factory-adapter");
            }
            default -> {
            }
        }
        return props;
    }
}
