package com.phonesmith.factory.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactoryCalendarTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** Tuesday. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    static FactoryCalendar standardFactory() {
        return TestFactories.standard();
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void aDaysCapacityIsTheLinesTimesTheShiftTimeAtTheSlowestStationsPace() {
        // flashing: 8 ports / 6 min = 80 phones an hour per line; 16 hours, 2 lines
        assertThat(standardFactory().capacityOf(TUESDAY)).isEqualTo(2560);
        assertThat(standardFactory().bottleneck()).isIn("flashing", "qa");
    }

    @Test
    void aDayOffHasNoCapacity() {
        assertThat(standardFactory().capacityOf(LocalDate.of(2026, 12, 6))).isZero();
    }

    @Test
    void anOrderCanBeFinishedTodayOnlyWhileAShiftHasTimeForAWholeCycle() {
        FactoryCalendar factory = standardFactory();
        assertThat(factory.cycleTime()).isEqualTo(Duration.ofSeconds(690));
        assertThat(factory.canFinishToday(at(TUESDAY, "05:00"))).isTrue();
        assertThat(factory.canFinishToday(at(TUESDAY, "21:48"))).isTrue();
        assertThat(factory.canFinishToday(at(TUESDAY, "21:49"))).isFalse();
        assertThat(factory.canFinishToday(at(LocalDate.of(2026, 12, 6), "10:00"))).isFalse();
    }

    @Test
    void theDayIsTheFactorysLocalDay() {
        assertThat(standardFactory().dateOf(Instant.parse("2026-12-01T23:30:00Z"))).isEqualTo(TUESDAY.plusDays(1));
    }

    @Test
    void anOrderMustShipEarlyEnoughForTransitToEndWithinThePromise() {
        FactoryCalendar factory = standardFactory();
        assertThat(factory.shipByForOrderedOn(TUESDAY)).isEqualTo(TUESDAY.plusDays(5));
        assertThat(factory.deliveryAfterShipping(TUESDAY)).isEqualTo(TUESDAY.plusDays(2));
        assertThat(factory.latestPromisableDelivery(TUESDAY)).isEqualTo(TUESDAY.plusDays(7));
    }

    @Test
    void aShiftRunningToMidnightIsWrittenAs2400() {
        assertThat(Shift.parse("00:00-24:00").length()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aMalformedShiftOrStationIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Shift.parse("22:00-06:00")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> Shift.parse("morning")).hasMessageContaining("HH:MM-HH:MM");
        assertThatThrownBy(() -> new FactoryCalendar(STOCKHOLM, EnumSet.allOf(DayOfWeek.class), List.of(), 1,
                Map.of("qa", TestFactories.station(0, Duration.ofMinutes(1))), 2, 7, 28))
                .hasMessageContaining("station qa needs at least one unit");
    }
}
