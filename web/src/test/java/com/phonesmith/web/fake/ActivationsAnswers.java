package com.phonesmith.web.fake;

import com.phonesmith.web.chart.WeekChart;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Canned answers of the activations service: a maker's devices, payouts and statements, and the year's summary. */
public final class ActivationsAnswers {
    private ActivationsAnswers() {
    }

    /** This week, as the activations service names weeks. */
    public static String thisWeek() {
        return WeekChart.isoWeek(LocalDate.now(ZoneOffset.UTC));
    }

    /** Nordvik: 5 fjords activated (4 in use) and 2 tundras; one closed statement, of 2026-10. */
    public static void nordvik(FakeBackend activations) {
        activations.json("/api/makers/nordvik/activations", """
                {"maker":"nordvik","models":[{"model":"nordvik-fjord","activated":5,"inUse":4},\
                {"model":"nordvik-tundra","activated":2,"inUse":2}],\
                "weeks":[{"week":"%s","model":"nordvik-fjord","activated":5},\
                {"week":"%s","model":"nordvik-tundra","activated":2}]}""".formatted(thisWeek(), thisWeek()));
        activations.json("/api/makers/nordvik/statements/current", """
                {"maker":"nordvik","month":"2026-12","asOf":"2026-12-01T09:30:00Z","devicesInUse":6,"rateMinor":100,\
                "currency":"CNY","inUseMinor":600,"pendingCorrections":0,"pendingCorrectionsMinor":0,"totalMinor":600}""");
        activations.json("/api/makers/nordvik/statements", """
                [{"maker":"nordvik","month":"2026-10","devicesInUse":3,"rateMinor":100,"currency":"CNY",\
                "totalMinor":300,"closedAt":"2026-11-01T02:00:00Z","lines":[]}]""");
        activations.answer("/api/makers/nordvik/statements/2026-10.csv", 200, "text/csv", STATEMENT_CSV);
        activations.answer("/api/makers/nordvik/statements/2026-10.pdf", 200, "application/pdf", "%PDF-1.7 statement");
    }

    public static final String STATEMENT_CSV = "maker,month,line,kind,description,devices,amount_minor,amount,currency\r\n"
            + "nordvik,2026-10,1,IN_USE,Devices in use in 2026-10,3,300,3.00,CNY\r\n";

    /** The year so far: 7 of 30,000,000, two makers, this week. */
    public static void summary(FakeBackend activations) {
        activations.json("/api/activations/summary", """
                {"year":2026,"target":30000000,"activatedThisYear":7,"shareOfTarget":2.3E-7,\
                "makers":[{"maker":"lumo","activatedThisYear":4,"inUse":4},{"maker":"nordvik","activatedThisYear":3,"inUse":2}],\
                "models":[{"maker":"lumo","model":"lumo-one","activatedThisYear":4,"inUse":4},\
                {"maker":"nordvik","model":"nordvik-fjord","activatedThisYear":3,"inUse":2}],\
                "weeks":[{"week":"%s","maker":"lumo","activated":4},{"week":"%s","maker":"nordvik","activated":3}]}"""
                .formatted(thisWeek(), thisWeek()));
    }

    /** The answer to closing a month now. */
    public static void closes(FakeBackend activations, String month) {
        activations.answerPost("/api/statements/" + month + "/close", 201, "application/json", """
                {"month":"%s","closedNow":true,"closedAt":"2026-12-01T09:30:00Z","makersWithoutContract":[]}"""
                .formatted(month), Map.of());
        activations.json("/api/statements/" + month, """
                [{"maker":"lumo","month":"%s","devicesInUse":4,"rateMinor":100,"currency":"CNY","totalMinor":400,\
                "closedAt":"2026-12-01T09:30:00Z","lines":[]}]""".formatted(month));
    }
}
