package com.phonesmith.platform.inbox;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import java.util.function.BiConsumer;

/**
 * Parses a message, and hands its event to the effect only on its first delivery to this consumer. Called
 * inside the transaction of the effect, so the inbox row and the effect commit or roll back together.
 */
public class IdempotentHandler {
    private final InboxStore inbox;
    private final EventCodec codec;

    public IdempotentHandler(InboxStore inbox, EventCodec codec) {
        this.inbox = inbox;
        this.codec = codec;
    }

    /** Returns true when the effect ran, false when the message was a repeat. */
    public boolean handle(String consumer, String json, BiConsumer<Envelope, Event> effect) {
        return handle(consumer, codec.parse(json), effect);
    }

    /** The same for a message already parsed. */
    public boolean handle(String consumer, Envelope envelope, BiConsumer<Envelope, Event> effect) {
        Event event = codec.payloadOf(envelope);
        if (!inbox.recordFirstDelivery(envelope.id(), consumer)) {
            return false;
        }
        effect.accept(envelope, event);
        return true;
    }
}
