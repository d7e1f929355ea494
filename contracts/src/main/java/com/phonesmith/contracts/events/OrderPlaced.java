package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.Instant;
import java.util.List;

/** A shopper placed an order for exactly this configuration. */
@EventType(name = "OrderPlaced", version = 1, topic = Topics.ORDERS_EVENTS)
public record OrderPlaced(String orderId, String maker, String model, String colour, int storageGb,
        List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
        Instant placedAt) implements Event {
}
