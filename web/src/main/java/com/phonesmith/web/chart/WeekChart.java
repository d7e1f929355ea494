package com.phonesmith.web.chart;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of a figure per ISO week, drawn as SVG by the template {@code tags/weekChart.html}: one bar per week
 * of the period, weeks without data at zero, bars scaled to the largest value. No script and no inline style, so it
 * renders under the pages' Content-Security-Policy; the same figures are in a table beside it for screen readers.
 */
public record WeekChart(String title, String summary, List<Bar> bars, long max, int width, int height, int baseline) {
    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int TOP = 24;
    static final int BOTTOM = 40;
    static final int LEFT = 8;
    static final int GAP = 6;

    /** A bar: its week ("2026-W49"), its value, and where it is drawn. */
    public record Bar(String week, String shortLabel, long value, int x, int y, int width, int height, int labelX) {
    }

    /** A chart of the given weeks (oldest first), each with its value from {@code values} or zero. */
    public static WeekChart of(String title, List<String> weeks, Map<String, Long> values) {
        long max = weeks.stream().mapToLong(week -> values.getOrDefault(week, 0L)).max().orElse(0);
        int baseline = HEIGHT - BOTTOM;
        int plotHeight = baseline - TOP;
        int slot = weeks.isEmpty() ? 0 : (WIDTH - LEFT) / weeks.size();
        List<Bar> bars = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < weeks.size(); i++) {
            String week = weeks.get(i);
            long value = values.getOrDefault(week, 0L);
            total += value;
            int height = max == 0 ? 0 : (int) Math.round((double) value * plotHeight / max);
            if (value > 0 && height == 0) {
                height = 1;
            }
            int x = LEFT + i * slot + GAP / 2;
            int barWidth = Math.max(1, slot - GAP);
            bars.add(new Bar(week, shortLabel(week), value, x, baseline - height, barWidth, height, x + barWidth / 2));
        }
        String summary = weeks.isEmpty() ? "No weeks." : total + " in " + weeks.size() + " weeks from "
                + weeks.get(0) + " to " + weeks.get(weeks.size() - 1) + "; most in one week: " + max + ".";
        return new WeekChart(title, summary, List.copyOf(bars), max, WIDTH, HEIGHT, baseline);
    }

    /** The ISO weeks ("2026-W49") of the last {@code count} weeks up to the one holding {@code today}, oldest first. */
    public static List<String> recentWeeks(LocalDate today, int count) {
        List<String> weeks = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            weeks.add(isoWeek(today.minusWeeks(back)));
        }
        return weeks;
    }

    /** The ISO week of a day as PostgreSQL's {@code to_char(d, 'IYYY-"W"IW')} writes it. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String shortLabel(String week) {
        int w = week.indexOf("-W");
        return w < 0 ? week : week.substring(w + 1);
    }
}
