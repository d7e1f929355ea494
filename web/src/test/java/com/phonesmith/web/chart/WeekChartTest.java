package com.phonesmith.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekChartTest {
    @Test
    void recentWeeksEndWithTheCurrentIsoWeekAndCrossTheYearAsIsoWeeksDo() {
        assertThat(WeekChart.recentWeeks(LocalDate.of(2027, 1, 2), 3))
                .containsExactly("2026-W51", "2026-W52", "2026-W53");
        assertThat(WeekChart.recentWeeks(LocalDate.of(2026, 12, 1), 2)).containsExactly("2026-W48", "2026-W49");
    }

    @Test
    void theTallestBarFillsThePlotAndOthersScaleToIt() {
        WeekChart chart = WeekChart.of("Activations", List.of("2026-W48", "2026-W49"), Map.of("2026-W49", 200L,
                "2026-W48", 50L));

        WeekChart.Bar tallest = chart.bars().get(1);
        assertThat(tallest.y()).isEqualTo(WeekChart.TOP);
        assertThat(tallest.y() + tallest.height()).isEqualTo(chart.baseline());
        assertThat(chart.bars().get(0).height()).isEqualTo(tallest.height() / 4);
        assertThat(chart.max()).isEqualTo(200);
        assertThat(chart.summary()).isEqualTo("250 in 2 weeks from 2026-W48 to 2026-W49; most in one week: 200.");
    }

    @Test
    void weeksWithoutFiguresAreZeroAndATinyValueStillShows() {
        WeekChart chart = WeekChart.of("Activations", List.of("2026-W47", "2026-W48", "2026-W49"),
                Map.of("2026-W48", 1L, "2026-W49", 100_000L));

        assertThat(chart.bars()).extracting(WeekChart.Bar::value).containsExactly(0L, 1L, 100_000L);
        assertThat(chart.bars().get(0).height()).isZero();
        assertThat(chart.bars().get(1).height()).isEqualTo(1);
        assertThat(chart.bars()).extracting(WeekChart.Bar::shortLabel).containsExactly("W47", "W48", "W49");
    }

    @Test
    void barsStayInsideTheChartSideBySide() {
        List<String> weeks = WeekChart.recentWeeks(LocalDate.of(2026, 12, 1), 12);
        WeekChart chart = WeekChart.of("Activations", weeks, Map.of());

        for (int i = 1; i < chart.bars().size(); i++) {
            WeekChart.Bar before = chart.bars().get(i - 1);
            assertThat(chart.bars().get(i).x()).isGreaterThan(before.x() + before.width());
        }
        WeekChart.Bar last = chart.bars().get(11);
        assertThat(last.x() + last.width()).isLessThanOrEqualTo(chart.width());
        assertThat(chart.summary()).startsWith("0 in 12 weeks");
    }
}
