package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.StationKind;
import java.util.Optional;

/**
 * Where a phone is on the floor, by its work order's status, and why an operator's scan at a bench does not fit:
 * a phone is worked at QA while it waits for its check (QA_PENDING) and at packing once QA passed.
 */
final class BenchRules {
    private BenchRules() {
    }

    /** The status a phone must have to be worked at this bench. */
    static WorkOrderStatus waitingAt(StationKind bench) {
        return switch (bench) {
            case QA -> WorkOrderStatus.QA_PENDING;
            case PACKING -> WorkOrderStatus.QA_PASSED;
            default -> throw new IllegalArgumentException(bench + " has no bench");
        };
    }

    /** Why a phone in this status cannot be worked at the bench; empty when it can. */
    static Optional<String> misfit(StationKind bench, String orderId, WorkOrderStatus status) {
        if (status == waitingAt(bench)) {
            return Optional.empty();
        }
        return Optional.of("order " + orderId + " is " + where(status) + ", not waiting at "
                + bench.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Where a phone in this status is on the floor, in words. */
    static String where(WorkOrderStatus status) {
        return switch (status) {
            case WAITING_FOR_STOCK, RESERVED -> "still at kitting (" + status + ")";
            case FLASH_PENDING, FLASHING -> "at the flashing station (" + status + ")";
            case FAILED -> "failed at flashing and waits for rework (FAILED)";
            case QA_PENDING -> "waiting for its check at the QA station (QA_PENDING)";
            case QA_FAILED -> "failed QA and waits for rework (QA_FAILED)";
            case QA_PASSED -> "at the packing station: it passed QA (QA_PASSED)";
            case PACKED -> "packed already and waits for the carrier at shipping (PACKED)";
            case SHIPPED -> "shipped already (SHIPPED)";
            case CANCELLED -> "cancelled: the phone goes back to stock, not on to a customer (CANCELLED)";
        };
    }
}
