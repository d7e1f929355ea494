package com.phonesmith.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "phonesmith.outbox")
public interface OutboxConfig {
    /** How many messages one relay pass publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker to acknowledge a batch. */
    @WithDefault("10s")
    Duration ackTimeout();

    /** How often the relay looks for unsent messages (a scheduler interval such as 0.2s). */
    @WithDefault("0.2s")
    String pollInterval();

    /** How long after start-up the relay first looks. */
    @WithDefault("1s")
    String initialDelay();
}
