package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** The handset did not report what the order asked for; reason says what differed. */
@EventType(name = "QaFailed", version = 1, topic = Topics.FACTORY_EVENTS)
public record QaFailed(String orderId, String imei, String reason) implements Event {
}
