package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/** The order's OS image is built: where to download it, its SHA-256 digest and its build fingerprint. */
@EventType(name = "ImageReady", version = 1, topic = Topics.IMAGES_EVENTS)
public record ImageReady(String orderId, String digest, long sizeBytes, String url, String fingerprint)
        implements Event {
}
