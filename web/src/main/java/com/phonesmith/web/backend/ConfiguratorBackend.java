package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** configurator-api as web sees it: the catalog and placed orders. */
@ApplicationScoped
public class ConfiguratorBackend {
    public static final String NAME = "configurator-api";

    private final ConfiguratorApi api;

    public ConfiguratorBackend(WebConfig config) {
        this.api = RestClients.build(ConfiguratorApi.class, config.configuratorUrl(), config);
    }

    /** @throws BackendUnavailableException when configurator-api cannot answer */
    public Catalog catalog() {
        return BackendCalls.required(NAME, api::catalog);
    }

    /** The order, or empty when configurator-api does not know it. */
    public Optional<Order> order(String id) {
        return BackendCalls.optional(NAME, () -> api.order(id));
    }
}
