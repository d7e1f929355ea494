package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.Instant;

/** The carrier reports the parcel handed to the customer, at {@code deliveredAt}. */
@EventType(name = "Delivered", version = 1, topic = Topics.FACTORY_EVENTS)
public record Delivered(String orderId, String imei, String carrier, String trackingNumber, Instant deliveredAt)
        implements Event {
}
