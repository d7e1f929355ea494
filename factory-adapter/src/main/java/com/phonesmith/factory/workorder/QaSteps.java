package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.qa.QaCheck;
import com.phonesmith.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The two outcomes of QA, the same whether the floor checked the phone right after flashing or an operator did at
 * a manual QA station: passed (QaPassed; packed after the pack duration, or by an operator) or failed (QaFailed; the
 * workflow sends it back for rework). {@code by} names the operator, null when the floor checked it.
 */
@ApplicationScoped
class QaSteps {
    private final Outbox outbox;
    private final StepsConfig steps;
    private final FloorService floor;

    QaSteps(Outbox outbox, StepsConfig steps, FloorService floor) {
        this.outbox = outbox;
        this.steps = steps;
        this.floor = floor;
    }

    /**
     * Phones left waiting for an operator's check when the QA station went back to automatic are decided by their
     * stored automated checks, as right after flashing; returns how many. Nothing while the station is manual or
     * blocked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int decideWaiting(Instant now) {
        if (floor.isManual(StationKind.QA) || floor.isBlocked(StationKind.QA)) {
            return 0;
        }
        List<WorkOrder> orders = DueWork.claim(WorkOrderStatus.QA_PENDING, now, steps.batchSize());
        for (WorkOrder order : orders) {
            List<String> differences = QaChecksJson.read(order.qaChecks).stream().filter(check -> !check.passed())
                    .map(QaCheck::difference).toList();
            if (order.qaChecks == null) {
                failed(order, "no automated QA checks recorded; flash it again", null, now);
            } else if (differences.isEmpty()) {
                passed(order, order.imageFingerprint, null, now);
            } else {
                failed(order, String.join("; ", differences), null, now);
            }
        }
        return orders.size();
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
