package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** The parcel left the factory with the carrier. */
@EventType(name = "Shipped", version = 1, topic = Topics.FACTORY_EVENTS)
public record Shipped(String orderId, String imei, String carrier, String trackingNumber) implements Event {
}
