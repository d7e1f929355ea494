package com.phonesmith.web.partner;

import com.phonesmith.web.backend.MakerActivations;
import com.phonesmith.web.backend.MakerStatement;
import com.phonesmith.web.backend.MonthToDate;
import com.phonesmith.web.chart.WeekChart;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The activations part of a partner's page: devices activated and in use by model, activations by week with a
 * chart, the running month's provisional payout, and the closed statements with their downloads.
 */
public record ActivationsView(long activated, long inUse, List<MakerActivations.ModelInUse> models,
        WeekChart chart, List<MakerActivations.Week> weeks, MonthSoFar monthSoFar, List<StatementRow> statements) {

    /** The running month's statement as it stands. */
    public record MonthSoFar(String month, DisplayTime asOf, long devicesInUse, String rate, String inUse,
            long pendingCorrections, String corrections, String total) {
    }

    /** A closed statement and the links that download it. */
    public record StatementRow(String month, long devicesInUse, String rate, String total, DisplayTime closedAt,
            String csvHref, String pdfHref) {
    }

    static ActivationsView of(MakerActivations figures, MonthToDate month, List<MakerStatement> statements,
            LocalDate today, int weeks, ZoneId zone) {
        Map<String, Long> perWeek = figures.weeks().stream().collect(Collectors.groupingBy(MakerActivations.Week::week,
                Collectors.summingLong(MakerActivations.Week::activated)));
        WeekChart chart = WeekChart.of("Devices activated per week (ISO weeks, UTC)",
                WeekChart.recentWeeks(today, weeks), perWeek);
        String currency = month.currency();
        MonthSoFar soFar = new MonthSoFar(month.month(), DisplayTime.of(String.valueOf(month.asOf()), zone), month.devicesInUse(),
                Prices.format(month.rateMinor(), currency), Prices.format(month.inUseMinor(), currency),
                month.pendingCorrections(), Prices.format(month.pendingCorrectionsMinor(), currency),
                Prices.format(month.totalMinor(), currency));
        List<StatementRow> rows = statements.stream().map(s -> new StatementRow(s.month(), s.devicesInUse(),
                Prices.format(s.rateMinor(), s.currency()), Prices.format(s.totalMinor(), s.currency()),
                DisplayTime.of(String.valueOf(s.closedAt()), zone), "/partner/statements/" + s.month() + ".csv",
                "/partner/statements/" + s.month() + ".pdf")).toList();
        return new ActivationsView(figures.models().stream().mapToLong(MakerActivations.ModelInUse::activated).sum(),
                figures.models().stream().mapToLong(MakerActivations.ModelInUse::inUse).sum(), figures.models(), chart,
                figures.weeks(), soFar, rows);
    }
}
