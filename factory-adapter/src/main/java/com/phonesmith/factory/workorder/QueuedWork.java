package com.phonesmith.factory.workorder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A work order waiting at a station, as the station's queue lists it. */
public record QueuedWork(String orderId, String imei, String model, String colour, int storageGb,
        WorkOrderStatus status, LocalDate slotDay, LocalDate shipBy, boolean expedited, Instant nextStepAt) {

    static QueuedWork of(Object[] row) {
        return new QueuedWork((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), WorkOrderStatus.valueOf((String) row[5]), date(row[6]), date(row[7]),
                (Boolean) row[8], instant(row[9]));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
