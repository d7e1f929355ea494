package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** factory-adapter set aside this handset (by IMEI) for the order. */
@EventType(name = "HandsetReserved", version = 1, topic = Topics.FACTORY_EVENTS)
public record HandsetReserved(String orderId, String imei, String serial) implements Event {
}
