package com.phonesmith.factory.workorder;

import com.phonesmith.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The two outcomes of QA, the same whether the floor checked the phone right after flashing or an operator did at
 * a manual QA station: passed (QaPassed; packed after the pack duration, or by an operator) or failed (QaFailed; the
 * workflow sends it back for rework). {@code by} names the operator, null when the floor checked it.
 */
@ApplicationScoped
class QaSteps {
    private final Outbox outbox;
    private final StepsConfig steps;

    QaSteps(Outbox outbox, StepsConfig steps) {
        this.outbox = outbox;
        this.steps = steps;
    }

    void passed(WorkOrder order, String fingerprint, String by, Instant now) {
        WorkOrderStates.move(order, WorkOrderStatus.QA_PASSED, now.plus(steps.packDuration()), now);
        order.lastError = null;
        WorkOrderEvent.record(order.orderId, now, "qa", "passed: " + fingerprint + byOperator(by));
        outbox.publish(FactoryEvents.qaPassed(order, fingerprint));
    }

    void failed(WorkOrder order, String reason, String by, Instant now) {
        String shortReason = WorkOrderEvent.truncate(reason, WorkOrderService.MAX_ERROR);
        WorkOrderStates.move(order, WorkOrderStatus.QA_FAILED, null, now);
        order.lastError = shortReason;
        WorkOrderEvent.record(order.orderId, now, "qa", "failed: " + shortReason + byOperator(by));
        outbox.publish(FactoryEvents.qaFailed(order, shortReason));
    }

    private static String byOperator(String by) {
        return by == null ? "" : " (checked by operator " + by + ")";
    }
}
