package com.phonesmith.activations.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The month rule against what it means, for spans of use anywhere in ten years. */
class MonthRulePropertyTest {
    private static final long TEN_YEARS = 10L * 365 * 24 * 3600;

    @Property
    void aDeviceCountsForEveryMonthOfAnInstantItWasInUseAndForNoOther(
            @ForAll @LongRange(min = 0, max = TEN_YEARS) long start,
            @ForAll @LongRange(min = 0, max = 400L * 24 * 3600) long seenFor,
            @ForAll @LongRange(min = 1, max = 90L * 24 * 3600) long period,
            @ForAll @LongRange(min = 0, max = 130) int monthIndex) {
        Instant startedAt = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(start);
        Instant lastSeen = startedAt.plusSeconds(seenFor);
        Duration outOfUseAfter = Duration.ofSeconds(period);
        YearMonth month = YearMonth.of(2020, 1).plusMonths(monthIndex);

        Instant outOfUseFrom = lastSeen.plus(outOfUseAfter);
        YearMonth first = YearMonth.from(startedAt.atZone(ZoneOffset.UTC));
        YearMonth last = YearMonth.from(outOfUseFrom.minusNanos(1).atZone(ZoneOffset.UTC));
        boolean inUseDuringMonth = !month.isBefore(first) && !month.isAfter(last);

        assertThat(MonthRule.counts(startedAt, lastSeen, outOfUseAfter, month)).isEqualTo(inUseDuringMonth);
    }

    @Property
    void theMonthsADeviceCountsForFollowEachOtherWithoutAGap(
            @ForAll @LongRange(min = 0, max = TEN_YEARS) long start,
            @ForAll @LongRange(min = 0, max = 400L * 24 * 3600) long seenFor) {
        Instant startedAt = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(start);
        Instant lastSeen = startedAt.plusSeconds(seenFor);
        Duration period = Duration.ofDays(45);
        int changes = 0;
        boolean before = false;
        for (YearMonth month = YearMonth.of(2019, 12); month.isBefore(YearMonth.of(2032, 1)); month = month.plusMonths(1)) {
            boolean counts = MonthRule.counts(startedAt, lastSeen, period, month);
            changes += counts != before ? 1 : 0;
            before = counts;
        }
        assertThat(changes).as("one run of counted months: in once, out once").isEqualTo(2);
    }
}
