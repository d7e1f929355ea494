package com.phonesmith.activations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "activations")
public interface ActivationsConfig {
    /** A device that has not checked in for this long is out of use from then on (monthly check-ins in production). */
    @WithDefault("45d")
    Duration outOfUseAfter();

    /** How far a device's timestamp may be from our clock; older (or newer) requests are refused. */
    @WithDefault("5m")
    Duration clockTolerance();

    /**
     * The longest a month close may take, in one transaction: about a minute for 30 million devices on two cores,
     * so the default transaction timeout (one minute) is too short.
     */
    @WithDefault("30m")
    Duration monthCloseTimeout();

    /** Activated devices the year's plan counts on. */
    @WithDefault("30000000")
    long annualTarget();

    /** How concurrent activations are written together, in one transaction per batch. */
    Batch batch();

    interface Batch {
        /** The most activations one transaction writes. */
        @WithDefault("64")
        int maxSize();

        /**
         * How long the writer waits for more activations once the first of a batch is there; 0: it writes what
         * arrived while the previous batch was written, adding no wait of its own.
         */
        @WithDefault("0ms")
        Duration maxWait();

        /**
         * How many batches may be written at once, each by a thread and a transaction of its own. One, by default:
         * the activations that arrive while a batch is written make the next batch, and fewer, larger batches cost
         * PostgreSQL and the service less per activation than two at once. Two batches that activate the same device
         * at once (two writers, or two replicas) serialise on its row.
         */
        @WithDefault("1")
        int writers();
    }
}
