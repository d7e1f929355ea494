package com.phonesmith.activations.usage;

import java.time.Duration;
import java.time.Instant;

/** What a check-in does to a device's latest span of use. */
public final class CheckInRule {
    public enum Effect {
        /** Still in use: the span goes on to this check-in. */
        EXTEND,
        /** It had gone out of use: a new span starts with this check-in. */
        NEW_SPAN
    }

    private CheckInRule() {
    }

    public static Effect of(Instant lastSeenAt, Instant now, Duration outOfUseAfter) {
        return now.isBefore(lastSeenAt.plus(outOfUseAfter)) ? Effect.EXTEND : Effect.NEW_SPAN;
    }
}
