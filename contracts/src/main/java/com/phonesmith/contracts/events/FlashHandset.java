package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** Command to factory-adapter: flash the order's image onto its reserved handset, then QA, pack, ship. */
@EventType(name = "FlashHandset", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record FlashHandset(String orderId, String imageUrl, String digest, String fingerprint) implements Event {
}
