package com.phonesmith.activations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native query rows, whichever JDBC type the driver hands back. */
public final class Columns {
    private Columns() {
    }

    public static Instant instant(Object column) {
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + column);
    }

    public static LocalDate localDate(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
