package com.phonesmith.factory.support;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.factory.workorder.WorkflowCommandConsumer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Plays order-workflow: sends commands on workflow.commands and reads what the factory answers. */
public final class WorkflowCommands {
    public static final EventCodec CODEC = EventCodec.withAllKnownTypes();

    private WorkflowCommands() {
    }

    /** Wraps the command in a new envelope. */
    public static Envelope envelope(Event command) {
        return CODEC.wrap(command, UUID.randomUUID(), Instant.now());
    }

    /** Sends the command in a new envelope and returns the envelope. */
    public static Envelope send(Event command) {
        Envelope envelope = envelope(command);
        send(envelope);
        return envelope;
    }

    /** Sends exactly this envelope (again, if it was sent before), keyed by its order. */
    public static void send(Envelope envelope) {
        sendRaw(Topics.WORKFLOW_COMMANDS, envelope.orderId(), CODEC.toJson(envelope));
    }

    public static void sendRaw(String topic, String key, String json) {
        KafkaProbe.send(topic, key, json);
    }

    /** Whether the factory has handled the message: its inbox holds the message id (in the effect's transaction). */
    public static boolean handled(Envelope envelope) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                "select count(*) from inbox_message where message_id = :id and consumer = :consumer")
                .setParameter("id", envelope.id())
                .setParameter("consumer", WorkflowCommandConsumer.CONSUMER)
                .getSingleResult()).longValue() == 1);
    }

    /** The factory's first count events for the order, oldest first (fewer if no more came within the timeout). */
    public static List<Envelope> awaitFactoryEvents(String orderId, int count, Duration timeout) {
        return KafkaProbe.awaitRecords(Topics.FACTORY_EVENTS, r -> orderId.equals(r.key()), count, timeout).stream()
                .limit(count).map(ConsumerRecord::value).map(CODEC::parse).toList();
    }

    /** The first factory event of this type for the order (fails if none comes within the timeout). */
    public static <T extends Event> T awaitFactoryEvent(String orderId, Class<T> type, Duration timeout) {
        String typeName = EventCodec.typeOf(type).name();
        List<ConsumerRecord<String, String>> records = KafkaProbe.awaitRecords(Topics.FACTORY_EVENTS,
                r -> orderId.equals(r.key()) && typeName.equals(CODEC.parse(r.value()).type()), 1, timeout);
        if (records.isEmpty()) {
            throw new AssertionError("no " + typeName + " for order " + orderId + " within " + timeout);
        }
        return CODEC.payloadOf(CODEC.parse(records.get(0).value()), type);
    }
}
