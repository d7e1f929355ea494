package com.phonesmith.configurator.order;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Plays order-workflow: sends commands on workflow.commands as it does (keyed by the order), and reads this
 * service's answers on orders.events, its outbox, its inbox and the dead-letter topic.
 */
final class WorkflowCommands {
    static final EventCodec CODEC = EventCodec.withAllKnownTypes();

    private WorkflowCommands() {
    }

    /** Wraps the command in a new envelope (a new message). */
    static Envelope envelope(Event command) {
        return CODEC.wrap(command, UUID.randomUUID(), Instant.now());
    }

    /** Sends the command in a new envelope and returns the envelope. */
    static Envelope send(Event command) {
        Envelope envelope = envelope(command);
        send(envelope);
        return envelope;
    }

    /** Sends exactly this envelope (again, as a redelivery or support's replay of a dead letter does). */
    static void send(Envelope envelope) {
        KafkaProbe.send(Topics.WORKFLOW_COMMANDS, envelope.orderId(), CODEC.toJson(envelope));
    }

    /** Whether this service's consumer has handled the message (its inbox row is committed). */
    static boolean handled(Envelope envelope) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CustomerOrder.getEntityManager()
                .createNativeQuery("select count(*) from inbox_message where message_id = ?1 and consumer = ?2")
                .setParameter(1, envelope.id()).setParameter(2, WorkflowCommandConsumer.CONSUMER)
                .getSingleResult()).longValue() == 1);
    }

    /** The answers of this type the service wrote to its outbox for the order, oldest first. */
    static <T extends Event> List<T> answersInOutbox(String orderId, Class<T> type) {
        String typeName = EventCodec.typeOf(type).name();
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entities = CustomerOrder.getEntityManager();
            @SuppressWarnings("unchecked")
            List<String> rows = entities.createNativeQuery("select payload from outbox_message where message_key = ?1"
                    + " order by seq").setParameter(1, orderId).getResultList();
            return rows;
        });
        return payloads.stream().map(CODEC::parse).filter(e -> typeName.equals(e.type()))
                .map(e -> CODEC.payloadOf(e, type)).toList();
    }

    /** The first answer of this type on orders.events for the order (fails if none comes within the timeout). */
    static <T extends Event> T awaitAnswer(String orderId, Class<T> type, Duration timeout) {
        String typeName = EventCodec.typeOf(type).name();
        List<ConsumerRecord<String, String>> records = KafkaProbe.awaitRecords(Topics.ORDERS_EVENTS,
                r -> orderId.equals(r.key()) && typeName.equals(CODEC.parse(r.value()).type()), 1, timeout);
        if (records.isEmpty()) {
            throw new AssertionError("no " + typeName + " for order " + orderId + " within " + timeout);
        }
        return CODEC.payloadOf(CODEC.parse(records.get(0).value()), type);
    }

    /** The reason of the first dead letter keyed by the order (fails if none comes within the timeout). */
    static String awaitDeadLetterReason(String orderId, Duration timeout) {
        List<ConsumerRecord<String, String>> dead = KafkaProbe.awaitRecords(Topics.DEAD_LETTERS,
                r -> orderId.equals(r.key()), 1, timeout);
        if (dead.isEmpty()) {
            throw new AssertionError("no dead letter for order " + orderId + " within " + timeout);
        }
        return new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
