package com.phonesmith.workflow.support;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.workflow.order.OrderCommands;
import com.phonesmith.workflow.order.OrderId;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.OrderStatus;
import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.promise.PromiseWatch;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Support's lists of orders whose promise is in danger, and their actions on an order: expedite, add a note. */
@ApplicationScoped
public class SupportActions {
    public static final int MAX_NOTE = 2000;
    public static final int MAX_LIMIT = 500;

    /** Which escalated orders a list shows. */
    public enum Kind {
        /** Escalated and still in the factory. */
        AT_RISK,
        /** Not delivered by the promised day. */
        BREACHED
    }

    private final OrderService orders;
    private final OrderCommands commands;
    private final PromiseWatch promise;
    private final Clock clock;

    public SupportActions(OrderService orders, OrderCommands commands, PromiseWatch promise, Clock clock) {
        this.orders = orders;
        this.commands = commands;
        this.promise = promise;
        this.clock = clock;
    }

    @Transactional
    public EscalationPage escalations(String kindName, int limit) {
        Kind kind = kindOf(kindName);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        String query = kind == Kind.AT_RISK
                ? "atRiskAt is not null and status not in ?1"
                : "breachedAt is not null";
        Sort sort = Sort.descending(kind == Kind.AT_RISK ? "atRiskAt" : "breachedAt");
        var found = kind == Kind.AT_RISK
                ? WorkflowOrder.<WorkflowOrder>find(query, sort, List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                        OrderStatus.CANCELLED))
                : WorkflowOrder.<WorkflowOrder>find(query, sort);
        List<Escalation> items = found.page(Page.ofSize(limit)).list().stream()
                .map(order -> Escalation.of(order, promise.deadlinesOf(order))).toList();
        return new EscalationPage(kind.name(), items, found.count());
    }

    /** Expedites the order at the factory, once; asked again, it answers the order as it stands. */
    @Transactional
    public Escalation expedite(String orderId, String by) {
        WorkflowOrder order = known(orderId);
        if (order.status.isFinal() || order.status == OrderStatus.SHIPPED) {
            throw ProblemException.conflict("orderId", "the order is " + order.status
                    + ": there is nothing left to expedite");
        }
        if (order.expeditedAt == null) {
            order.expeditedAt = clock.instant();
            order.expeditedBy = by;
            commands.expedite(order, by);
        }
        return Escalation.of(order, promise.deadlinesOf(order));
    }

    @Transactional
    public void note(String orderId, String by, SupportNote note) {
        String text = note == null || note.text() == null ? "" : note.text().strip();
        if (text.isEmpty()) {
            throw ProblemException.badRequest("text", "a note needs text");
        }
        if (text.length() > MAX_NOTE) {
            throw ProblemException.badRequest("text", "must be at most " + MAX_NOTE + " characters, not "
                    + text.length());
        }
        orders.record(known(orderId), EntryType.SUPPORT_NOTE, TimelineDetails.supportNote(by, text), null);
    }

    private WorkflowOrder known(String orderId) {
        String problem = OrderId.problemWith(orderId);
        if (problem != null) {
            throw ProblemException.badRequest("orderId", problem);
        }
        if (orders.find(orderId).isEmpty()) {
            throw ProblemException.notFound("order " + orderId + " is not known");
        }
        return orders.get(orderId);
    }

    private static Kind kindOf(String name) {
        try {
            return Kind.valueOf((name == null ? "AT_RISK" : name).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", "must be AT_RISK or BREACHED, not '" + name + "'");
        }
    }
}
