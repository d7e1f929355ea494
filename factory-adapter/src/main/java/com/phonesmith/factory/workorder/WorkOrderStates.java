package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.workorder.WorkOrderStatus.CANCELLED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.FAILED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.FLASHING;
import static com.phonesmith.factory.workorder.WorkOrderStatus.FLASH_PENDING;
import static com.phonesmith.factory.workorder.WorkOrderStatus.PACKED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.QA_FAILED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.QA_PASSED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.QA_PENDING;
import static com.phonesmith.factory.workorder.WorkOrderStatus.RESERVED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.SHIPPED;
import static com.phonesmith.factory.workorder.WorkOrderStatus.WAITING_FOR_STOCK;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place a work order's status changes, and the moves it may make. A work order starts waiting for stock
 * (or, when the order was cancelled before it was scheduled, cancelled: a tombstone); an image can be flashed again
 * after a failed QA or flash (rework), and after a swap the order waits for another handset; every order not shipped
 * can be cancelled; nothing moves a shipped one, and a cancelled one only moves on to itself (when the handset it
 * held for a flash station goes back to stock). A move not in the table is a bug and fails the transaction instead
 * of writing a wrong state.
 */
public final class WorkOrderStates {
    static final Map<WorkOrderStatus, Set<WorkOrderStatus>> MOVES = new EnumMap<>(WorkOrderStatus.class);

    static {
        MOVES.put(WAITING_FOR_STOCK, EnumSet.of(WAITING_FOR_STOCK, RESERVED, FLASH_PENDING, CANCELLED));
        MOVES.put(RESERVED, EnumSet.of(FLASH_PENDING, CANCELLED));
        MOVES.put(FLASH_PENDING, EnumSet.of(FLASH_PENDING, FLASHING, CANCELLED));
        MOVES.put(FLASHING, EnumSet.of(FLASHING, FLASH_PENDING, QA_PENDING, QA_PASSED, QA_FAILED, FAILED, CANCELLED));
        // a manual QA station: the operator passes or fails the phone
        MOVES.put(QA_PENDING, EnumSet.of(QA_PASSED, QA_FAILED, CANCELLED));
        MOVES.put(QA_PASSED, EnumSet.of(PACKED, CANCELLED));
        // a swap reserves another handset: flashed at once, or waiting for stock
        MOVES.put(QA_FAILED, EnumSet.of(FLASH_PENDING, WAITING_FOR_STOCK, CANCELLED));
        MOVES.put(FAILED, EnumSet.of(FLASH_PENDING, WAITING_FOR_STOCK, CANCELLED));
        MOVES.put(PACKED, EnumSet.of(SHIPPED, CANCELLED));
        MOVES.put(SHIPPED, EnumSet.noneOf(WorkOrderStatus.class));
        MOVES.put(CANCELLED, EnumSet.of(CANCELLED));
    }

    private WorkOrderStates() {
    }

    public static boolean allowed(WorkOrderStatus from, WorkOrderStatus to) {
        return from == null ? to == WAITING_FOR_STOCK || to == CANCELLED : MOVES.get(from).contains(to);
    }

    /** Moves the order to a status, with the time its next step is due (null: it waits for a message). */
    static void move(WorkOrder order, WorkOrderStatus to, Instant nextStepAt, Instant now) {
        if (!allowed(order.status, to)) {
            throw new IllegalStateException("work order " + order.orderId + " cannot move from " + order.status
                    + " to " + to);
        }
        order.status = to;
        order.nextStepAt = nextStepAt;
        order.updatedAt = now;
    }
}
