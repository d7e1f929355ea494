package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** order-workflow as web sees it: the timeline of an order. */
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
}
