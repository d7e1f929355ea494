package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * The order's OS image could not be built (e.g. an unknown model, feature or app); reason says why, e.g.
 * {@code unknown app 'solitaire'}. A later BuildImage for the order may still succeed and send ImageReady.
 */
@EventType(name = "ImageBuildFailed", version = 1, topic = Topics.IMAGES_EVENTS)
public record ImageBuildFailed(String orderId, String reason) implements Event {
}
