package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * order-workflow escalates an order to support: the work left can no longer fit before its promised date.
 *
 * @param shipBy the moment it must leave the factory to keep the promise
 */
@EventType(name = "OrderAtRisk", version = 1, topic = Topics.ORDERS_EVENTS)
public record OrderAtRisk(String orderId, LocalDate promisedDeliveryDate, Instant shipBy, String status)
        implements Event {
}
