package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** factory-adapter as web sees it: handset stock and work orders. */
@ApplicationScoped
public class FactoryBackend {
    public static final String NAME = "factory-adapter";

    private final FactoryApi api;

    public FactoryBackend(WebConfig config) {
        this.api = RestClients.build(FactoryApi.class, config.factoryUrl(), config);
    }

    public HandsetPage handsets(Access access, String status, int page, int size) {
        return BackendCalls.required(NAME, () -> api.handsets(access.authorization(), status, page, size));
    }

    public Optional<WorkOrder> workOrder(Access access, String orderId) {
        return BackendCalls.optional(NAME, () -> api.workOrder(access.authorization(), orderId));
    }
}
