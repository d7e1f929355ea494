package com.phonesmith.images;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.TestInfrastructure;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends commands to workflow.commands as order-workflow would: an envelope keyed by the order id. */
public final class Commands {
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();

    private Commands() {
    }

    /** Sends the command as a new message and answers its message id. */
    public static UUID send(Event command) {
        UUID id = UUID.randomUUID();
        send(command, id);
        return id;
    }

    /** Sends the command with this message id (the same id twice is a redelivery). */
    public static void send(Event command, UUID messageId) {
        String json = CODEC.toJson(CODEC.wrap(command, messageId, Instant.now()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.WORKFLOW_COMMANDS, command.orderId(), json)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send " + command, e.getCause());
        }
    }
}
