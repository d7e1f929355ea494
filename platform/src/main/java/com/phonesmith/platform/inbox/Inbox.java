package com.phonesmith.platform.inbox;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.BiConsumer;

/**
 * The idempotent consumer as a bean. Use from a {@code @Incoming @Blocking @Transactional} method; a
 * message that cannot be parsed or handled throws, so SmallRye sends it to the dead-letter topic.
 */
@ApplicationScoped
public class Inbox {
    private final IdempotentHandler handler;

    public Inbox(PanacheInboxStore store, EventCodec codec) {
        this.handler = new IdempotentHandler(store, codec);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handle(String consumer, String json, BiConsumer<Envelope, Event> effect) {
        return handler.handle(consumer, json, effect);
    }

    /** The same for a message already parsed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handle(String consumer, Envelope envelope, BiConsumer<Envelope, Event> effect) {
        return handler.handle(consumer, envelope, effect);
    }
}
