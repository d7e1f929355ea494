package com.phonesmith.workflow.timeline;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.workflow.order.OrderId;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.WorkflowOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads an order's timeline for tracking. */
@ApplicationScoped
public class OrderTimelines {
    /** Timelines are short (a dozen entries on the happy path); this bounds a runaway one. */
    public static final int MAX_ENTRIES = 500;

    private final OrderService orders;
    private final TimelineService timeline;

    public OrderTimelines(OrderService orders, TimelineService timeline) {
        this.orders = orders;
        this.timeline = timeline;
    }

    public TimelineView of(String orderId) {
        String problem = OrderId.problemWith(orderId);
        if (problem != null) {
            throw ProblemException.badRequest("id", problem);
        }
        WorkflowOrder order = orders.find(orderId)
                .orElseThrow(() -> ProblemException.notFound("order " + orderId + " is not known"));
        List<TimelineView.Entry> entries = timeline.entriesOf(orderId, MAX_ENTRIES).stream()
                .map(e -> new TimelineView.Entry(e.occurredAt, e.type, e.detail))
                .toList();
        return new TimelineView(order.orderId, order.status.name(), entries);
    }
}
