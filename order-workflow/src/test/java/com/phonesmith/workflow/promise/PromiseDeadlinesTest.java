package com.phonesmith.workflow.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromiseDeadlinesTest {
    private static final Duration WORK = Duration.ofHours(8);

    @Test
    void anOrderMustShipByTheEndOfItsShipDayIsAtRiskWhenTheWorkLeftNoLongerFitsAndBreachesWhenItsDeliveryDayEnds() {
        PromiseDeadlines deadlines = PromiseDeadlines.of(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-05"),
                Instant.parse("2026-12-01T10:00:00Z"), WORK);

        assertThat(deadlines.shipBy()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(deadlines.atRisk()).isEqualTo(Instant.parse("2026-12-03T16:00:00Z"));
        assertThat(deadlines.breach()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(deadlines.deliveryDay()).isEqualTo(LocalDate.parse("2026-12-05"));
    }

    @Test
    void anOrderPlacedBeforePromisesTravelledGetsTheSevenDayPromiseFromItsPlacing() {
        PromiseDeadlines deadlines = PromiseDeadlines.of(null, null, Instant.parse("2026-12-01T23:30:00Z"), WORK);

        assertThat(deadlines.deliveryDay()).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(deadlines.shipBy()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(deadlines.breach()).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
    }
}
