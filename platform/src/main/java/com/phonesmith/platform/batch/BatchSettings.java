package com.phonesmith.platform.batch;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How a service's {@link GroupCommit} writes: a settings group for a service's {@code @ConfigMapping}, e.g.
 * {@code BatchSettings batch();} under {@code phonesmith.orders} gives {@code phonesmith.orders.batch.max-size} and
 * its siblings, each with the default below.
 */
public interface BatchSettings {
    /** The most items one batch (one transaction) writes. */
    @WithDefault("64")
    int maxSize();

    /**
     * How long the writer waits for more items once the first of a batch is there; 0: it writes what arrived while
     * the previous batch was written, adding no wait of its own.
     */
    @WithDefault("0ms")
    Duration maxWait();

    /**
     * How many batches may be written at once, each by a thread and a transaction of its own. One, by default: the
     * items that arrive while a batch is written make the next batch, and fewer, larger batches cost the database and
     * the service less per item than two at once. Two batches that write the same row at once (two writers, or two
     * replicas) serialise on it.
     */
    @WithDefault("1")
    int writers();
}
