package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * Command to factory-adapter: the order is cancelled. Stop its build, give its handset back to stock and its day's
 * slot back to the plan. Safe to send again: a work order already cancelled answers {@link BuildCancelled} again.
 */
@EventType(name = "CancelBuild", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record CancelBuild(String orderId, String reason) implements Event {
}
