package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * Command to factory-adapter: plan the order's build and reserve a handset of this exact variant.
 *
 * @param maker the handset's maker, which the factory provisions the device under; added within version 1, so
 *              null in commands written before it
 */
@EventType(name = "ScheduleBuild", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record ScheduleBuild(String orderId, String model, String colour, int storageGb, String maker)
        implements Event {

    /** The command as the first messages of version 1 described it: no maker. */
    public ScheduleBuild(String orderId, String model, String colour, int storageGb) {
        this(orderId, model, colour, storageGb, null);
    }
}
