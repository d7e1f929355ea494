package com.phonesmith.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to restart a part that ended on its own: after a delay that doubles with each exit in the window (1 s,
 * 2 s, 4 s... up to {@code maxDelay}), and not at all once it has ended {@code maxExits} times within the window,
 * because a part that keeps failing needs a person, not a loop.
 */
public record RestartPolicy(Duration firstDelay, Duration maxDelay, int maxExits, Duration window) {

    public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
            Duration.ofMinutes(10));

    public RestartPolicy {
        if (maxExits < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("not a usable restart policy: " + firstDelay + ", " + maxDelay + ", "
                    + maxExits + ", " + window);
        }
    }

    /** The delay before the next restart, given when the part ended (the latest last); empty means give up. */
    public Optional<Duration> nextDelay(List<Instant> exits, Instant now) {
        long recent = exits.stream().filter(exit -> exit.isAfter(now.minus(window))).count();
        if (recent >= maxExits) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (long i = 1; i < recent && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
