package com.phonesmith.configurator.order;

import java.time.Instant;
import java.util.List;

/** An order as the API answers it. */
public record OrderResponse(String id, String status, String maker, String model, String colour, int storageGb,
        List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
        Instant placedAt) {

    static OrderResponse of(CustomerOrder order) {
        return new OrderResponse(order.id.toString(), order.status.name(), order.maker, order.model, order.colour,
                order.storageGb, List.copyOf(order.features), List.copyOf(order.apps), order.priceMinor,
                order.currency, order.customerEmail, order.placedAt);
    }
}
