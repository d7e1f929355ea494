package com.phonesmith.workflow.tracking;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.cancel.CancelService;
import com.phonesmith.workflow.order.EntryKinds;
import com.phonesmith.workflow.order.OrderAccess;
import com.phonesmith.workflow.order.OrderId;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.promise.PromiseWatch;
import com.phonesmith.workflow.timeline.TimelineService;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads an order's timeline for tracking. */
@ApplicationScoped
public class OrderTimelines {
    /** Timelines are short (a dozen entries on the happy path); this bounds a runaway one. */
    public static final int MAX_ENTRIES = 500;

    private final OrderService orders;
    private final TimelineService timeline;
    private final PromiseWatch promise;

    public OrderTimelines(OrderService orders, TimelineService timeline, PromiseWatch promise) {
        this.orders = orders;
        this.timeline = timeline;
        this.promise = promise;
    }

    /**
     * The timeline, if the caller may read it ({@link OrderAccess}); 404 otherwise, 401 for a bare guest. In a
     * transaction of its own when called outside one (a live stream reads it on a worker thread, outside any request).
     */
    @Transactional
    public TimelineView of(String orderId, Caller caller, Optional<String> trackingToken) {
        String problem = OrderId.problemWith(orderId);
        if (problem != null) {
            throw ProblemException.badRequest("id", problem);
        }
        Optional<WorkflowOrder> found = orders.find(orderId);
        OrderAccess.Decision decision = OrderAccess.decide(caller, found.map(o -> o.customerId).orElse(null),
                found.map(o -> o.trackingTokenHash).orElse(null), trackingToken);
        if (decision == OrderAccess.Decision.SIGN_IN) {
            throw new UnauthorizedException();
        }
        WorkflowOrder order = found.filter(o -> decision == OrderAccess.Decision.ALLOWED)
                .orElseThrow(() -> ProblemException.notFound("order " + orderId + " is not known"));
        boolean staff = caller.hasAny(Roles.SUPPORT, Roles.OPERATOR);
        List<TimelineView.Entry> entries = timeline.entriesOf(orderId, MAX_ENTRIES).stream()
                .filter(e -> staff || !EntryKinds.ofWireName(e.type).internal())
                .map(e -> new TimelineView.Entry(e.occurredAt, e.type, e.detail))
                .toList();
        return new TimelineView(order.orderId, order.status.name(), CancelService.mayCancel(order, caller),
                promise.deadlinesOf(order).deliveryDay(), entries);
    }
}
