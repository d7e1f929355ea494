package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * configurator-api's answer to {@code GET /api/orders/{id}}. Times are kept as the ISO-8601 text received. The
 * e-mail is masked when the order was read with its tracking token; {@code trackingToken} is present for the
 * order's owner and support. The promised dates (yyyy-mm-dd) are null when no delivery date was promised.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(String id, String status, String maker, String model, String colour, int storageGb,
        List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
        String placedAt, String promisedShipDate, String promisedDeliveryDate, String trackingToken) {

    public Order {
        features = features == null ? List.of() : List.copyOf(features);
        apps = apps == null ? List.of() : List.copyOf(apps);
    }
}
