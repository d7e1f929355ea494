package com.phonesmith.web.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When failed sign-ins from one client address refuse it. Failures are counted in fixed windows; those of the current
 * window and of the one before it count together, so that a storm does not start afresh at a window's boundary.
 */
record AddressFailures(int max, Duration window) {

    /** The start of the window {@code now} falls in. */
    Instant windowStart(Instant now) {
        long millis = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
    }

    /** The start of the window before it. */
    Instant previousWindowStart(Instant now) {
        return windowStart(now).minus(window);
    }

    /**
     * How long the address must wait, given its failures in the current and the previous window; empty if it may try.
     * It waits until the previous window stops counting, or, if the current one alone reaches the limit, until that
     * one stops counting too.
     */
    Optional<Duration> wait(long inCurrent, long inPrevious, Instant now) {
        if (inCurrent + inPrevious < max) {
            return Optional.empty();
        }
        Instant currentEnds = windowStart(now).plus(window);
        Instant until = inCurrent >= max ? currentEnds.plus(window) : currentEnds;
        return Optional.of(Duration.between(now, until));
    }
}
