package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** The handset is boxed and labelled. */
@EventType(name = "Packed", version = 1, topic = Topics.FACTORY_EVENTS)
public record Packed(String orderId, String imei) implements Event {
}
