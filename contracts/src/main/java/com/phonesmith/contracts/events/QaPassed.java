package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** The handset reported the build fingerprint and variant the order asked for. */
@EventType(name = "QaPassed", version = 1, topic = Topics.FACTORY_EVENTS)
public record QaPassed(String orderId, String imei, String fingerprint) implements Event {
}
