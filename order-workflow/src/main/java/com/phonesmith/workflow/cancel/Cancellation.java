package com.phonesmith.workflow.cancel;

import com.phonesmith.workflow.order.WorkflowOrder;
import java.time.Instant;

/** An order's cancellation: who cancelled it, when and why. */
public record Cancellation(String orderId, String status, String cancelledBy, String reason, Instant at) {

    static Cancellation of(WorkflowOrder order) {
        return new Cancellation(order.orderId, order.status.name(), order.cancelledBy, order.cancelReason,
                order.cancelledAt);
    }
}
