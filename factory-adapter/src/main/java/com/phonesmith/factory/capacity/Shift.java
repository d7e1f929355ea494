package com.phonesmith.factory.capacity;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** One shift of a working day, from start to end in the factory's zone; an end of 24:00 is midnight. */
record Shift(LocalTime start, Duration length) {

    static Shift parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shift is HH:MM-HH:MM, got '" + text + "'");
        }
        try {
            LocalTime start = LocalTime.parse(parts[0].trim());
            String endText = parts[1].trim();
            Duration end = endText.equals("24:00") ? Duration.ofDays(1)
                    : Duration.ofSeconds(LocalTime.parse(endText).toSecondOfDay());
            Duration length = end.minusSeconds(start.toSecondOfDay());
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("shift '" + text + "' ends before it starts");
            }
            return new Shift(start, length);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a shift is HH:MM-HH:MM, got '" + text + "'", e);
        }
    }

    /** How much of the shift is left at this time of day (all of it before it starts, none after it ends). */
    Duration remainingAt(LocalTime time) {
        Duration sinceStart = Duration.ofSeconds(time.toSecondOfDay() - (long) start.toSecondOfDay());
        if (sinceStart.isNegative()) {
            return length;
        }
        Duration left = length.minus(sinceStart);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
