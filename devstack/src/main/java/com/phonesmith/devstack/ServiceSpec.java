package com.phonesmith.devstack;

import java.util.List;
import java.util.Map;

/** One Quarkus service of the system as devstack runs it. */
record ServiceSpec(String name, int portOffset, String database, String heap) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("web", 0, "web", "160m"),
            new ServiceSpec("configurator-api", 1, "configurator", "200m"),
            new ServiceSpec("order-workflow", 2, "workflow", "320m"),
            new ServiceSpec("factory-adapter", 3, "factory", "200m"),
            new ServiceSpec("os-image-builder", 4, "images", "200m"));

    int port(StackConfig config) {
        return config.httpBasePort() + portOffset;
    }

    static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    static String url(StackConfig config, String name) {
        return "http://127.0.0.1:" + named(name).port(config);
    }

    /** System properties that wire this service to the stack's database, broker, handsets and peers. */
    Map<String, String> properties(StackConfig config, String jdbcUrl, String kafka) {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        props.put("quarkus.http.port", Integer.toString(port(config)));
        props.put("quarkus.datasource.jdbc.url", jdbcUrl);
        props.put("quarkus.datasource.username", PostgresServer.USER);
        props.put("quarkus.datasource.password", PostgresServer.USER);
        props.put("kafka.bootstrap.servers", kafka);
        props.put("phonesmith.exit-with-parent", "true");
        switch (name) {
            case "web" -> {
                props.put("phonesmith.web.configurator-url", url(config, "configurator-api"));
                props.put("phonesmith.web.workflow-url", url(config, "order-workflow"));
            }
            case "os-image-builder" -> {
                props.put("images.store-dir", config.dataDir().resolve("artifacts").toString());
                props.put("images.public-url", url(config, "os-image-builder"));
            }
            case "factory-adapter" -> {
                props.put("factory.stations.host", "127.0.0.1");
                props.put("factory.stations.first-port", Integer.toString(config.firstHandsetPort()));
                props.put("factory.stations.count", Integer.toString(config.handsetCount()));
                props.put("factory.steps.pack-duration", config.stepDuration());
                props.put("factory.steps.ship-duration", config.stepDuration());
            }
            default -> {
            }
        }
        return props;
    }
}
