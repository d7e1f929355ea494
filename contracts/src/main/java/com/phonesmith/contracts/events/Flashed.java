package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** The image was written to the handset over fastboot and the handset rebooted. */
@EventType(name = "Flashed", version = 1, topic = Topics.FACTORY_EVENTS)
public record Flashed(String orderId, String imei, String digest) implements Event {
}
