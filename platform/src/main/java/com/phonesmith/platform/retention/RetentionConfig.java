package com.phonesmith.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the plumbing keeps what it no longer needs, so that its tables stay small through a launch (a thousand
 * messages a second is 86 million rows a day).
 */
@ConfigMapping(prefix = "phonesmith.retention")
public interface RetentionConfig {
    /**
     * How long a sent outbox row is kept: the message is in Kafka by then; the row only says that it went out.
     * Rows not sent (the broker refused them) are never removed.
     */
    @WithDefault("1h")
    Duration outboxSent();

    /**
     * How long an inbox row (a message id already handled) is kept. It must outlast any redelivery: a consumer that
     * restarts before committing its offsets, or an outbox relay that publishes again after a crash, both within
     * minutes. A message older than this that came again would be handled again.
     */
    @WithDefault("24h")
    Duration inbox();

    /** How often the expired rows are removed. */
    @WithDefault("10m")
    Duration every();

    /** Rows removed per transaction, so that no removal holds locks or bloats one transaction. */
    @WithDefault("10000")
    int batchSize();
}
