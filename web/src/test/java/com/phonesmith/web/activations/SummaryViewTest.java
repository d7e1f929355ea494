package com.phonesmith.web.activations;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.ActivationSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryViewTest {
    private static final LocalDate FIRST_OF_JULY = LocalDate.of(2026, 7, 1);

    @Test
    void sharesOfTheTargetShowTheFirstDevicesAndRoundLargeShares() {
        assertThat(SummaryView.percent(0, 30_000_000)).isEqualTo("0%");
        assertThat(SummaryView.percent(2, 30_000_000)).isEqualTo("0.0000067%");
        assertThat(SummaryView.percent(3_750_000, 30_000_000)).isEqualTo("12.5%");
        assertThat(SummaryView.percent(30_000_000, 30_000_000)).isEqualTo("100%");
        assertThat(SummaryView.grouped(30_000_000)).isEqualTo("30,000,000");
    }

    @Test
    void theYearIsComparedWithTheEvenPaceTheTargetNeedsByToday() {
        // 1 July 2026 is day 182 of 365: the pace needs 30,000,000 * 182 / 365 = 14,958,904
        SummaryView behind = SummaryView.of(summary(10_000_000), FIRST_OF_JULY, 12);
        SummaryView ahead = SummaryView.of(summary(15_000_000), FIRST_OF_JULY, 12);

        assertThat(behind.behind()).isTrue();
        assertThat(behind.pace()).isEqualTo("4,958,904 behind the pace the target needs by today (14,958,904)");
        assertThat(ahead.behind()).isFalse();
        assertThat(ahead.pace()).startsWith("41,096 ahead");
    }

    @Test
    void theWeeklyChartAddsUpEveryMakersActivationsOfAWeek() {
        ActivationSummary summary = new ActivationSummary(2026, 30_000_000, 7, 0, List.of(), List.of(), List.of(
                new ActivationSummary.MakerWeek("2026-W27", "lumo", 4),
                new ActivationSummary.MakerWeek("2026-W27", "nordvik", 3)));

        SummaryView view = SummaryView.of(summary, FIRST_OF_JULY, 4);

        assertThat(view.chart().bars()).extracting(bar -> bar.week() + "=" + bar.value())
                .containsExactly("2026-W24=0", "2026-W25=0", "2026-W26=0", "2026-W27=7");
        assertThat(view.progressValue()).isEqualTo(7);
        assertThat(view.progressMax()).isEqualTo(30_000_000);
    }

    private static ActivationSummary summary(long activated) {
        return new ActivationSummary(2026, 30_000_000, activated, 0, List.of(), List.of(), List.of());
    }
}
