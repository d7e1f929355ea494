package com.phonesmith.activations.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthRuleTest {
    private static final Duration PERIOD = Duration.ofDays(45);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aDeviceActivatedInTheLastSecondOfAMonthCountsForThatMonth() {
        Instant lastSecond = Instant.parse("2026-11-30T23:59:59Z");

        assertThat(MonthRule.counts(lastSecond, lastSecond, PERIOD, NOVEMBER)).isTrue();
    }

    @Test
    void aDeviceActivatedAtTheFirstInstantOfTheNextMonthDoesNotCount() {
        Instant december = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(MonthRule.counts(december, december, PERIOD, NOVEMBER)).isFalse();
    }

    @Test
    void aDeviceOutOfUseFromTheFirstSecondOfAMonthDoesNotCountForItButForThePrevious() {
        Instant lastSeen = Instant.parse("2026-11-01T00:00:00Z").minus(PERIOD); // out of use from 1 Nov 00:00:00

        assertThat(MonthRule.counts(lastSeen.minus(Duration.ofDays(100)), lastSeen, PERIOD, NOVEMBER)).isFalse();
        assertThat(MonthRule.counts(lastSeen.minus(Duration.ofDays(100)), lastSeen, PERIOD, YearMonth.of(2026, 10)))
                .isTrue();
    }

    @Test
    void aDeviceOutOfUseOneSecondIntoAMonthCountsForIt() {
        Instant lastSeen = Instant.parse("2026-11-01T00:00:01Z").minus(PERIOD);

        assertThat(MonthRule.counts(lastSeen.minus(Duration.ofDays(100)), lastSeen, PERIOD, NOVEMBER)).isTrue();
    }

    @Test
    void aMonthIsOverFromTheFirstInstantOfTheNext() {
        assertThat(MonthRule.isOver(NOVEMBER, Instant.parse("2026-11-30T23:59:59.999Z"))).isFalse();
        assertThat(MonthRule.isOver(NOVEMBER, Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aCheckInBeforeTheDeviceWentOutOfUseExtendsItsSpanAndOneAfterStartsANewOne() {
        Instant lastSeen = Instant.parse("2026-10-01T00:00:00Z");

        assertThat(CheckInRule.of(lastSeen, lastSeen.plus(PERIOD).minusSeconds(1), PERIOD)).isEqualTo(CheckInRule.Effect.EXTEND);
        assertThat(CheckInRule.of(lastSeen, lastSeen.plus(PERIOD), PERIOD)).isEqualTo(CheckInRule.Effect.NEW_SPAN);
    }
}
