package com.phonesmith.web.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A point in time as a page shows it: {@code iso} for the {@code datetime} attribute of {@code <time>},
 * {@code text} for people ("2026-11-25 14:03:07 UTC").
 */
public record DisplayTime(String iso, String text) {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);

    /** Parses an ISO-8601 instant or offset date-time; text that is neither is shown as received. */
    public static DisplayTime of(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return new DisplayTime("", "");
        }
        String trimmed = value.trim();
        Instant instant;
        try {
            instant = Instant.parse(trimmed);
        } catch (DateTimeParseException notAnInstant) {
            try {
                instant = OffsetDateTime.parse(trimmed).toInstant();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                return new DisplayTime(trimmed, trimmed);
            }
        }
        // ZoneOffset.UTC would print as "Z": name it
        ZoneId shown = ZoneOffset.UTC.equals(zone.normalized()) ? UTC : zone;
        return new DisplayTime(instant.toString(), TEXT.format(instant.atZone(shown)));
    }
}
