package com.phonesmith.workflow.promise;

import com.phonesmith.contracts.events.OrderAtRisk;
import com.phonesmith.contracts.events.PromiseBreached;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.OrderStatus;
import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the promise in view: the deadlines of an order, and what its timers find when they fire. An order still in the
 * factory when its at-risk moment comes is escalated to support (timeline, {@link OrderAtRisk}); one not delivered when
 * its promised day ends is recorded as breached ({@link PromiseBreached}). Each at most once.
 */
@ApplicationScoped
public class PromiseWatch {
    private static final Set<OrderStatus> LEFT_THE_FACTORY = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED,
            OrderStatus.CANCELLED);

    private final OrderService orders;
    private final Outbox outbox;
    private final PromiseConfig config;
    private final Clock clock;

    public PromiseWatch(OrderService orders, Outbox outbox, PromiseConfig config, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public PromiseDeadlines deadlinesOf(WorkflowOrder order) {
        return PromiseDeadlines.of(order.promisedShipDate, order.promisedDeliveryDate, order.placedAt,
                config.workBeforeShipping());
    }

    /** The at-risk moment has come: escalates the order unless it has left the factory (or was escalated before). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrderAtRisk> atRiskMomentCame(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        if (LEFT_THE_FACTORY.contains(order.status) || order.atRiskAt != null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        PromiseDeadlines deadlines = deadlinesOf(order);
        order.atRiskAt = now;
        orders.record(order, EntryType.AT_RISK, TimelineDetails.atRisk(deadlines.shipBy(),
                config.workBeforeShipping().toString(), order.status.name()), now);
        OrderAtRisk event = new OrderAtRisk(orderId, deadlines.deliveryDay(), deadlines.shipBy(),
                order.status.name());
        outbox.publish(event);
        return Optional.of(event);
    }

    /** The promised delivery day has ended: records the breach unless the order was delivered or cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PromiseBreached> breachMomentCame(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        if (order.status.isFinal() || order.breachedAt != null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        order.breachedAt = now;
        LocalDate promised = deadlinesOf(order).deliveryDay();
        PromiseBreached event = new PromiseBreached(orderId, promised, order.status.name());
        orders.record(order, EntryType.PROMISE_BREACHED, TimelineDetails.promiseBreached(promised,
                order.status.name()), now);
        outbox.publish(event);
        return Optional.of(event);
    }
}
