package com.phonesmith.web.order;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.OrderNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Gathers what the order page shows from configurator-api (order, names) and order-workflow (timeline). */
@ApplicationScoped
public class OrderPages {
    private final ConfiguratorBackend configurator;
    private final WorkflowBackend workflow;
    private final WebConfig config;

    public OrderPages(ConfiguratorBackend configurator, WorkflowBackend workflow, WebConfig config) {
        this.configurator = configurator;
        this.workflow = workflow;
        this.config = config;
    }

    /** The whole page; {@link OrderNotFoundException} when configurator-api does not know the order. */
    public OrderView order(String orderId) {
        Order order = configurator.order(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        Catalog catalog = configurator.catalog();
        Optional<Timeline> timeline = workflow.timeline(orderId);
        ProgressView progress = ProgressView.of(orderId, timeline, order.status(), config.displayZone());
        return OrderView.of(order, catalog, progress, config.displayZone());
    }

    /**
     * The live part only. The workflow's timeline is enough once it knows the order; before that the order's
     * own status is shown, and an order neither knows is not found.
     */
    public ProgressView progress(String orderId) {
        Optional<Timeline> timeline = workflow.timeline(orderId);
        String orderStatus = null;
        if (timeline.isEmpty()) {
            orderStatus = configurator.order(orderId).orElseThrow(() -> new OrderNotFoundException(orderId)).status();
        }
        return ProgressView.of(orderId, timeline, orderStatus, config.displayZone());
    }
}
