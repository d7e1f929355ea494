package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.Instant;

/** A device activated on its first boot at the customer: it counts towards its maker's payouts from now on. */
@EventType(name = "DeviceActivated", version = 1, topic = Topics.ACTIVATIONS_EVENTS)
public record DeviceActivated(String orderId, String imei, String maker, String model, Instant activatedAt)
        implements Event {

    @Override
    public String messageKey() {
        return imei;
    }
}
