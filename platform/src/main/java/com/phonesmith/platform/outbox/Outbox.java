package com.phonesmith.platform.outbox;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Records a message to publish, in the caller's transaction, so it is sent if and only if that commits. */
@ApplicationScoped
public class Outbox {
    private final EventCodec codec;
    private final Clock clock;

    public Outbox(EventCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Envelope publish(Event event) {
        Envelope envelope = codec.wrap(event, UUID.randomUUID(), clock.instant());
        OutboxMessage row = new OutboxMessage();
        row.messageId = envelope.id();
        row.topic = EventCodec.typeOf(event.getClass()).topic();
        row.messageKey = event.messageKey();
        row.payload = codec.toJson(envelope);
        row.createdAt = envelope.occurredAt();
        row.persist();
        return envelope;
    }
}
