package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.LocalDate;

/** order-workflow records that an order was not delivered by the day it was promised for. */
@EventType(name = "PromiseBreached", version = 1, topic = Topics.ORDERS_EVENTS)
public record PromiseBreached(String orderId, LocalDate promisedDeliveryDate, String status) implements Event {
}
