package com.phonesmith.configurator.order;

import com.phonesmith.contracts.events.OrderPlaced;
import java.util.List;

/** Mapping of orders to the contract events that announce them. */
final class OrderEvents {
    private OrderEvents() {
    }

    static OrderPlaced placed(CustomerOrder order) {
        return new OrderPlaced(order.id.toString(), order.maker, order.model, order.colour, order.storageGb,
                List.copyOf(order.features), List.copyOf(order.apps), order.priceMinor, order.currency,
                order.customerEmail, order.placedAt, order.customerId, order.trackingTokenHash);
    }
}
