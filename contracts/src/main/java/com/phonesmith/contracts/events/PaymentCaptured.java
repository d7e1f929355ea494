package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** configurator-api took the order's payment. */
@EventType(name = "PaymentCaptured", version = 1, topic = Topics.ORDERS_EVENTS)
public record PaymentCaptured(String orderId, long amountMinor, String currency) implements Event {
}
