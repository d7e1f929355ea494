package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * A worker started building the bundle the order waits for ({@code bundleKey}, shared by every order of the same
 * configuration); {@code attempt} counts from 1. Not sent when the bundle was already built.
 */
@EventType(name = "ImageBuildStarted", version = 1, topic = Topics.IMAGES_EVENTS)
public record ImageBuildStarted(String orderId, String bundleKey, int attempt) implements Event {
}
