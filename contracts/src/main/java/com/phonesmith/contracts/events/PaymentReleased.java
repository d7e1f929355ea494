package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * configurator-api gave the order's money back: the hold voided (nothing was charged) or the payment refunded.
 *
 * @param how {@link #VOIDED} or {@link #REFUNDED}
 */
@EventType(name = "PaymentReleased", version = 1, topic = Topics.ORDERS_EVENTS)
public record PaymentReleased(String orderId, String how, long amountMinor, String currency) implements Event {
    public static final String VOIDED = "VOIDED";
    public static final String REFUNDED = "REFUNDED";
}
