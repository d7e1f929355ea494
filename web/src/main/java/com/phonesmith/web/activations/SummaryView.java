package com.phonesmith.web.activations;

import com.phonesmith.web.backend.ActivationSummary;
import com.phonesmith.web.chart.WeekChart;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin's view of the year: activations against the annual target and against the pace the target needs by
 * today (an even share of the year), by maker, by model, and by week with a chart.
 */
public record SummaryView(int year, String target, String activated, String share, long progressValue,
        long progressMax, String pace, boolean behind, List<ActivationSummary.MakerTotal> makers,
        List<ActivationSummary.ModelTotal> models, WeekChart chart, List<ActivationSummary.MakerWeek> weeks) {

    static SummaryView of(ActivationSummary summary, LocalDate today, int weeks) {
        long target = summary.target();
        long activated = summary.activatedThisYear();
        long expected = target * today.getDayOfYear() / today.lengthOfYear();
        long difference = activated - expected;
        String pace = difference >= 0
                ? grouped(difference) + " ahead of the pace the target needs by today (" + grouped(expected) + ")"
                : grouped(-difference) + " behind the pace the target needs by today (" + grouped(expected) + ")";
        Map<String, Long> perWeek = summary.weeks().stream().collect(Collectors.groupingBy(
                ActivationSummary.MakerWeek::week, Collectors.summingLong(ActivationSummary.MakerWeek::activated)));
        WeekChart chart = WeekChart.of("Devices activated per week, all makers (ISO weeks, UTC)",
                WeekChart.recentWeeks(today, weeks), perWeek);
        return new SummaryView(summary.year(), grouped(target), grouped(activated), percent(activated, target),
                Math.min(activated, target), Math.max(target, 1), pace, difference < 0, summary.makers(),
                summary.models(), chart, summary.weeks());
    }

    /** 30000000 as "30,000,000". */
    static String grouped(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    /** A share of the target, with two significant digits below 1% so that the first devices show: "0.0000067%". */
    static String percent(long part, long whole) {
        if (whole <= 0) {
            return "n/a";
        }
        double percent = 100.0 * part / whole;
        if (percent == 0 || percent >= 1) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(percent) + "%";
        }
        return new BigDecimal(percent).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "%";
    }
}
