package com.phonesmith.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of the web backend-for-frontend. */
@ConfigMapping(prefix = "phonesmith.web")
public interface WebConfig {
    /** Base URL of configurator-api (catalog, orders). */
    @WithDefault("http://127.0.0.1:8081")
    URI configuratorUrl();

    /** Base URL of order-workflow (order timelines). */
    @WithDefault("http://127.0.0.1:8082")
    URI workflowUrl();

    /** How long to wait for a backend to accept a connection. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for a backend's answer. */
    @WithDefault("5s")
    Duration readTimeout();

    /** Time zone in which pages show times. */
    @WithDefault("UTC")
    ZoneId displayZone();
}
