package com.phonesmith.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's figures, each printed ({@code figure-name: value}) as soon as it is measured, so that a long
 * benchmark shows what it measured even if a later part fails or is stopped.
 */
final class Figures extends LinkedHashMap<String, String> {
    @Override
    public String put(String name, String value) {
        System.out.println(name + ": " + value);
        System.out.flush();
        return super.put(name, value);
    }

    /** The p-th percentile (nearest rank) of the values. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    /** Nanoseconds as milliseconds with one decimal. */
    static String ms(double nanos) {
        return String.format("%.1f", nanos / 1_000_000);
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> figures) {
        figures.forEach(this::put);
    }
}
