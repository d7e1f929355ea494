package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * Command to configurator-api: the order is cancelled; void the hold on its payment method, or refund it when it
 * was captured already. Answered by {@link PaymentReleased}. Safe to send again: the money moves once.
 */
@EventType(name = "ReleasePayment", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record ReleasePayment(String orderId, String reason) implements Event {
}
