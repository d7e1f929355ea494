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

    /** How long the relay waits before looking again once the outbox is empty. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** How long after start-up the relay first looks. */
    @WithDefault("1s")
    Duration initialDelay();
}
