package com.phonesmith.handset.customer;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where shipped handsets go in the demo: how long the carrier takes, where a delivered handset activates, and how
 * often it checks in afterwards.
 */
public record CustomerConfig(URI activationsUrl, Duration deliveryDelay, Duration checkInInterval) {

    public CustomerConfig {
        Objects.requireNonNull(activationsUrl, "activationsUrl");
        if (deliveryDelay.isNegative() || checkInInterval.isZero() || checkInInterval.isNegative()) {
            throw new IllegalArgumentException("delivery delay must be 0 or more, check-in interval more than 0");
        }
    }
}
