package com.phonesmith.configurator.promise;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of the delivery promise (prefix {@code phonesmith.promise}). */
@ConfigMapping(prefix = "phonesmith.promise")
public interface PromiseConfig {
    /** Base URL of factory-adapter, which answers {@code GET /api/promise} (production: CONFIGURATOR_FACTORY_URL). */
    @WithDefault("http://127.0.0.1:8083")
    URI factoryUrl();

    /** How long factory-adapter may take, connection and answer together; after that nothing is promised. */
    @WithDefault("1s")
    Duration timeout();

    /** How long the factory's answer for a variant is reused, so that a launch's crowd asks it once per variant. */
    @WithDefault("30s")
    Duration cacheFor();

    /** How long a failure to get an answer is reused before the factory is asked again. */
    @WithDefault("5s")
    Duration fallbackCacheFor();

    /** The time zone of the calendar in which "today" and the seven days are counted. */
    @WithDefault("UTC")
    ZoneId zone();
}
