package com.phonesmith.factory.workorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A work order as the API shows it, with its history and who kitted it and started its flash at manual stations;
 * a tombstone (cancelled before it was scheduled) has no variant.
 */
public record WorkOrderView(String orderId, String model, String colour, Integer storageGb, String imei,
        WorkOrderStatus status, String imageUrl, String imageDigest, String imageFingerprint, int attempts,
        Instant nextStepAt, String lastError, String carrier, String trackingNumber, LocalDate slotDay,
        LocalDate shipBy, boolean expedited, Instant kittedAt, String kittedBy, Instant flashStartedAt,
        String flashStartedBy, Instant createdAt, Instant updatedAt, List<HistoryEntry> history) {

    public record HistoryEntry(Instant at, String step, String detail) {
    }

    static WorkOrderView of(WorkOrder order, List<WorkOrderEvent> events) {
        return new WorkOrderView(order.orderId, order.model, order.colour, order.storageGb, order.imei, order.status,
                order.imageUrl, order.imageDigest, order.imageFingerprint, order.attempts, order.nextStepAt,
                order.lastError, order.carrier, order.trackingNumber, order.slotDay, order.shipBy, order.expedited,
                order.kittedAt, order.kittedBy, order.flashStartedAt, order.flashStartedBy, order.createdAt,
                order.updatedAt,
                events.stream().map(e -> new HistoryEntry(e.occurredAt, e.step, e.detail)).toList());
    }
}
