package com.phonesmith.activations;

import com.phonesmith.platform.batch.BatchSettings;
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
    BatchSettings batch();
}
