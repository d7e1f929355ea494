package com.phonesmith.web.order;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.OrderCancel;
import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.OrderNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Gathers what the order page shows from configurator-api (order, names) and order-workflow (timeline, whether the
 * viewer may cancel), with the viewer's credentials: the services decide whose order the viewer may see and cancel.
 */
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

    /**
     * The whole page, with the way to cancel the order that fits the viewer's role (empty for a guest) when
     * order-workflow says they may, and support's "Add a note"; {@link OrderNotFoundException} when the viewer may not
     * see the order (or there is none).
     */
    public OrderView order(String orderId, Access access, String viewerRole) {
        Order order = configurator.order(access, orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        Catalog catalog = configurator.catalog();
        Optional<Timeline> timeline = workflow.timeline(access, orderId);
        ProgressView progress = ProgressView.of(orderId, timeline, order.status(), config.displayZone(),
                access.trackingToken());
        return OrderView.of(order, catalog, progress, config.displayZone(), access.trackingToken())
                .withCancel(CancelForm.of(orderId, progress.mayCancel(), viewerRole, access.trackingToken()))
                .withNote(NoteForm.of(orderId, viewerRole));
    }

    /**
     * Asks order-workflow to cancel the order as the viewer; its refusal is the result, an unavailable
     * order-workflow {@link com.phonesmith.web.backend.BackendUnavailableException}.
     *
     * @param reason as typed, null when none was
     */
    public OrderCancel cancel(String orderId, Access access, String reason) {
        return workflow.cancel(access, orderId, reason);
    }

    /**
     * Adds support's note to the order's timeline at order-workflow; its refusal is the result, an unavailable
     * order-workflow {@link com.phonesmith.web.backend.BackendUnavailableException}.
     */
    public CommandOutcome<Void> addNote(String orderId, Access access, String text) {
        return workflow.addNote(access, orderId, text);
    }

    /**
     * The live part only. The workflow's timeline is enough once it knows the order; before that the order's
     * own status is shown, and an order neither knows is not found.
     */
    public ProgressView progress(String orderId, Access access) {
        Optional<Timeline> timeline = workflow.timeline(access, orderId);
        String orderStatus = null;
        if (timeline.isEmpty()) {
            orderStatus = configurator.order(access, orderId).orElseThrow(() -> new OrderNotFoundException(orderId))
                    .status();
        }
        return ProgressView.of(orderId, timeline, orderStatus, config.displayZone(), access.trackingToken());
    }
}
