package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * factory-adapter stopped the order's build.
 *
 * @param releasedImei the handset given back to stock, or null when none was reserved or it had left the factory
 * @param detail       what was released, or why nothing could be (e.g. the parcel is with the carrier)
 */
@EventType(name = "BuildCancelled", version = 1, topic = Topics.FACTORY_EVENTS)
public record BuildCancelled(String orderId, String releasedImei, String detail) implements Event {
}
