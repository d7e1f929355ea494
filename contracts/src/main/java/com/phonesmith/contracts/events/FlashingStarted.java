package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** A flash station began writing the order's image onto the handset (attempt counts from 1 per image). */
@EventType(name = "FlashingStarted", version = 1, topic = Topics.FACTORY_EVENTS)
public record FlashingStarted(String orderId, String imei, int attempt) implements Event {
}
