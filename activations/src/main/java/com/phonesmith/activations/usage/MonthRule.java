package com.phonesmith.activations.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Which devices a month's statement pays for. A device is in use from its activation (or its return) until the
 * out-of-use period has passed since it was last seen: the half-open span [started, lastSeen + outOfUseAfter).
 * <b>A device counts for a month if it was in use at some instant of that month</b>: it activated before the
 * month ended, and it was not already out of use when the month began. So a device activated in the last second
 * of a month counts for that month, and one out of use from the first second of a month does not count for it.
 * Months are calendar months in UTC. The statement's SQL applies the same comparison
 * ({@code started_at < end and last_seen_at + period > begin}).
 */
public final class MonthRule {
    private MonthRule() {
    }

    public static boolean counts(Instant startedAt, Instant lastSeenAt, Duration outOfUseAfter, YearMonth month) {
        return startedAt.isBefore(end(month)) && lastSeenAt.plus(outOfUseAfter).isAfter(begin(month));
    }

    public static Instant begin(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Instant end(YearMonth month) {
        return begin(month.plusMonths(1));
    }

    /** Whether a month is over at {@code now}, so that it may be closed. */
    public static boolean isOver(YearMonth month, Instant now) {
        return !now.isBefore(end(month));
    }
}
