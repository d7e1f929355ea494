package com.phonesmith.workflow.support;

import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.promise.PromiseDeadlines;
import java.time.Instant;
import java.time.LocalDate;

/** An order whose promise is at risk or breached, as support's lists show it. */
public record Escalation(String orderId, String status, LocalDate promisedDeliveryDate, Instant shipBy,
        Instant atRiskAt, Instant breachedAt, Instant expeditedAt, String expeditedBy) {

    static Escalation of(WorkflowOrder order, PromiseDeadlines deadlines) {
        return new Escalation(order.orderId, order.status.name(), deadlines.deliveryDay(), deadlines.shipBy(),
                order.atRiskAt, order.breachedAt, order.expeditedAt, order.expeditedBy);
    }
}
