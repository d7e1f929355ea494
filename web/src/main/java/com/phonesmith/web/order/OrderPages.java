package com.phonesmith.web.order;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.FactoryBackend;
import com.phonesmith.web.backend.IncidentPage;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.OrderCancel;
import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkOrder;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.OrderNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Gathers what the order page shows from configurator-api (order, names) and order-workflow (timeline, whether the
 * viewer may cancel), with the viewer's credentials: the services decide whose order the viewer may see and cancel.
 * For support it joins in the order's open incidents (order-workflow) and its work order (factory-adapter).
 */
@ApplicationScoped
public class OrderPages {
    private static final Logger LOG = Logger.getLogger(OrderPages.class);

    private final ConfiguratorBackend configurator;
    private final WorkflowBackend workflow;
    private final FactoryBackend factory;
    private final WebConfig config;

    public OrderPages(ConfiguratorBackend configurator, WorkflowBackend workflow, FactoryBackend factory,
            WebConfig config) {
        this.configurator = configurator;
        this.workflow = workflow;
        this.factory = factory;
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
        ProgressView progress = forViewer(ProgressView.of(orderId, timeline, order.status(), config.displayZone(),
                access.trackingToken()), access, viewerRole);
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
    public ProgressView progress(String orderId, Access access, String viewerRole) {
        Optional<Timeline> timeline = workflow.timeline(access, orderId);
        String orderStatus = null;
        if (timeline.isEmpty()) {
            orderStatus = configurator.order(access, orderId).orElseThrow(() -> new OrderNotFoundException(orderId))
                    .status();
        }
        return forViewer(ProgressView.of(orderId, timeline, orderStatus, config.displayZone(),
                access.trackingToken()), access, viewerRole);
    }

    /** The live part from a timeline order-workflow pushed (see {@link LiveProgress}). */
    public ProgressView progress(String orderId, Timeline timeline, Access access, String viewerRole) {
        return forViewer(ProgressView.of(orderId, Optional.of(timeline), null, config.displayZone(),
                access.trackingToken()), access, viewerRole);
    }

    /**
     * Support's progress has the order's incidents and the factory's work order joined in. Either service being
     * down only leaves its part out, with a note: the page still shows the rest.
     */
    private ProgressView forViewer(ProgressView progress, Access access, String viewerRole) {
        if (!Roles.SUPPORT.equals(viewerRole)) {
            return progress;
        }
        String orderId = progress.orderId();
        IncidentPage incidents = null;
        try {
            incidents = workflow.incidentsOf(access, orderId);
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
        }
        Optional<WorkOrder> workOrder = null;
        try {
            workOrder = factory.workOrder(access, orderId);
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
        }
        return progress.forStaff(StaffTrace.of(orderId, incidents, workOrder, config.displayZone()),
                workOrder == null ? Optional.empty() : workOrder, config.displayZone());
    }
}
