package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * Command to configurator-api: the order has shipped; take the amount held on its payment method. Answered by
 * {@link PaymentCaptured}. Safe to send again; an order cancelled meanwhile is not charged.
 */
@EventType(name = "CapturePayment", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record CapturePayment(String orderId) implements Event {
}
