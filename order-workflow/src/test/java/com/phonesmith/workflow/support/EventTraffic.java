package com.phonesmith.workflow.support;

import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Talks to the real test broker as the other services would: raw envelopes in, commands and dead letters out. */
public final class EventTraffic {
    public static final EventCodec CODEC = EventCodec.withAllKnownTypes();
    public static final Duration WAIT = Duration.ofSeconds(90);
    private static final String GROUP = "order-workflow";

    private EventTraffic() {
    }

    /** The wire form of an event, as another service's outbox would write it. */
    public static String envelopeJson(Event event) {
        return CODEC.toJson(CODEC.wrap(event, UUID.randomUUID(), Instant.now()));
    }

    /** Publishes an event on its topic, keyed by its order; returns the JSON sent. */
    public static String publish(Event event) {
        String json = envelopeJson(event);
        publishJson(EventCodec.typeOf(event.getClass()).topic(), event.orderId(), json);
        return json;
    }

    public static void publishJson(String topic, String key, String json) {
        KafkaProbe.send(topic, key, json);
    }

    /** Waits for {@code count} commands of this type for the order on workflow.commands. */
    public static <T extends Event> List<T> commands(String orderId, Class<T> type, int count, Duration timeout) {
        String typeName = EventCodec.typeOf(type).name();
        return KafkaProbe.awaitRecords(Topics.WORKFLOW_COMMANDS,
                        r -> orderId.equals(r.key()) && typeName.equals(CODEC.parse(r.value()).type()), count, timeout)
                .stream()
                .map(r -> CODEC.payloadOf(CODEC.parse(r.value()), type))
                .toList();
    }

    public static <T extends Event> T command(String orderId, Class<T> type) {
        List<T> found = commands(orderId, type, 1, WAIT);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " for order " + orderId + " within " + WAIT);
        }
        return found.get(0);
    }

    public static List<ConsumerRecord<String, String>> deadLetters(String orderId, int count, Duration timeout) {
        return KafkaProbe.awaitRecords(Topics.DEAD_LETTERS, r -> orderId.equals(r.key()), count, timeout);
    }

    /**
     * Every command of this type sent for the order, read once order-workflow is quiet for it ({@link Quiet}): to
     * show that no further command comes, without waiting a fixed time.
     */
    public static <T extends Event> List<T> commandsWhenQuiet(String orderId, Class<T> type) {
        String typeName = EventCodec.typeOf(type).name();
        return Quiet.recordsOf(orderId, Topics.WORKFLOW_COMMANDS).stream()
                .map(r -> CODEC.parse(r.value()))
                .filter(envelope -> typeName.equals(envelope.type()))
                .map(envelope -> CODEC.payloadOf(envelope, type))
                .toList();
    }

    /** Every dead letter keyed by the order, read once order-workflow is quiet for it ({@link Quiet}). */
    public static List<ConsumerRecord<String, String>> deadLettersWhenQuiet(String orderId) {
        return Quiet.recordsOf(orderId, Topics.DEAD_LETTERS);
    }

    public static String reasonOf(ConsumerRecord<String, String> deadLetter) {
        var header = deadLetter.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Envelope envelopeOf(String json) {
        return CODEC.parse(json);
    }

    /** Waits until order-workflow's consumer group has committed every message now on the topic. */
    public static void awaitConsumed(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> {
                    OffsetAndMetadata offset = committed.get(end.getKey());
                    return end.getValue() == 0 || (offset != null && offset.offset() >= end.getValue());
                });
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + topic, e.getCause());
        }
    }

    private static String bootstrap() {
        return TestInfrastructure.get().kafka().bootstrapServers();
    }
}
