package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** How far the build of the order's bundle is: {@code percent} (0-100) and what it does now, e.g. "vendor image". */
@EventType(name = "ImageBuildProgress", version = 1, topic = Topics.IMAGES_EVENTS)
public record ImageBuildProgress(String orderId, String bundleKey, int percent, String stage) implements Event {
}
