package com.phonesmith.workflow.process;

import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.UnknownOrderException;
import com.phonesmith.workflow.promise.PromiseDeadlines;
import com.phonesmith.workflow.promise.PromiseWatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import java.util.Map;

/**
 * The BPMN's promise timers are dates from the order's promised dates, not fixed durations. They are process
 * variables ({@value #AT_RISK}, {@value #BREACH}) given at the start, because the engine's expressions cannot call
 * a CDI bean's method with arguments under Quarkus; the order's table stays the source of the dates.
 */
@ApplicationScoped
public class PromiseTimers {
    static final String AT_RISK = "promiseAtRisk";
    static final String BREACH = "promiseBreach";

    private final OrderService orders;
    private final PromiseWatch watch;

    public PromiseTimers(OrderService orders, PromiseWatch watch) {
        this.orders = orders;
        this.watch = watch;
    }

    /** The variables the process starts with. */
    Map<String, Object> variablesOf(String orderId) {
        PromiseDeadlines deadlines = watch.deadlinesOf(orders.find(orderId)
                .orElseThrow(() -> new UnknownOrderException(orderId)));
        return Map.of(AT_RISK, Date.from(deadlines.atRisk()), BREACH, Date.from(deadlines.breach()));
    }
}
