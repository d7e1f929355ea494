package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** order-workflow as web sees it: the timeline of an order, and the open incidents support may retry. */
@ApplicationScoped
public class WorkflowBackend {
    public static final String NAME = "order-workflow";

    private final WorkflowApi api;

    public WorkflowBackend(WebConfig config) {
        this.api = RestClients.build(WorkflowApi.class, config.workflowUrl(), config);
    }

    /** The order's timeline, or empty when the workflow does not know the order (yet). */
    public Optional<Timeline> timeline(Access access, String orderId) {
        return BackendCalls.optional(NAME, () -> api.timeline(access.authorization(), access.trackingToken(), orderId));
    }

    /** The open incidents, newest first. */
    public IncidentPage incidents(Access access) {
        return BackendCalls.required(NAME, () -> api.incidents(access.authorization()));
    }

    /** Retries an open incident; empty when it is not open on that order (resolved meanwhile, or never was). */
    public Optional<IncidentRetry> retryIncident(Access access, String orderId, String incidentId) {
        return BackendCalls.optional(NAME, () -> api.retryIncident(access.authorization(), orderId, incidentId));
    }
}
