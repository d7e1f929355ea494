package com.phonesmith.factory.flashing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Exponential backoff with a cap, for a bounded number of attempts. */
public record Backoff(Duration initial, Duration max, int maxAttempts) {
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max, got " + initial + " and " + max);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
        }
    }

    /**
     * How long to wait before the next attempt after {@code failedAttempts} attempts failed: initial, 2x, 4x ...
     * capped at max; empty when every attempt is used up.
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("call after a failed attempt, got " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = initial;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(max) > 0 ? max : delay);
    }
}
