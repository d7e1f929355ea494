package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** Command to factory-adapter: plan the order's build and reserve a handset of this exact variant. */
@EventType(name = "ScheduleBuild", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record ScheduleBuild(String orderId, String model, String colour, int storageGb) implements Event {
}
