package com.phonesmith.web.backend;

import java.util.List;

/** The body of {@code POST /api/quotes} at configurator-api: a configuration as an order would carry it. */
public record QuoteRequest(String model, String colour, int storageGb, List<String> features, List<String> apps,
        List<String> removed) {

    public static QuoteRequest of(OrderRequest order) {
        return new QuoteRequest(order.model(), order.colour(), order.storageGb(), order.features(), order.apps(),
                order.removed());
    }
}
