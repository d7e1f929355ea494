package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** A factory step (reserve, download, flash) could not be done; support needs to act. */
@EventType(name = "FactoryStepFailed", version = 1, topic = Topics.FACTORY_EVENTS)
public record FactoryStepFailed(String orderId, String step, String reason) implements Event {
}
