package com.phonesmith.workflow.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order's status and what happened to it, oldest first.
 *
 * @param mayCancel            whether the caller may cancel the order now
 * @param promisedDeliveryDate the day delivery was promised for
 */
public record TimelineView(String orderId, String status, boolean mayCancel, LocalDate promisedDeliveryDate,
        List<Entry> entries) {

    public record Entry(Instant at, String type, String detail) {
    }
}
