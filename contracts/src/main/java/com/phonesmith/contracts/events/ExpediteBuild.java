package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * Command to factory-adapter: support expedites the order (its promise is at risk); the factory puts it ahead of every
 * order not expedited and plans again. Safe to send again.
 *
 * @param by the support account that expedited it
 */
@EventType(name = "ExpediteBuild", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record ExpediteBuild(String orderId, String by) implements Event {
}
