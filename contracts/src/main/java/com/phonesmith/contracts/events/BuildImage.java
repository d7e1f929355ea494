package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.util.List;

/** Command to os-image-builder: build the OS image tailored to this order's configuration. */
@EventType(name = "BuildImage", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record BuildImage(String orderId, String model, List<String> features, List<String> apps) implements Event {
}
