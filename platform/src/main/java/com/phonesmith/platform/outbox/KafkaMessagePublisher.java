package com.phonesmith.platform.outbox;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Publishes with the Kafka producer of the SmallRye channel "outbox" (its servers, {@code acks=all} and idempotence
 * come from the channel's configuration); each message names its own topic and key.
 * <p>
 * The relay hands the record straight to the producer from its own thread, which may block, rather than through the
 * channel's emitter: the emitter's reactive stream, its context propagation and its acknowledgement chain cost
 * about as much CPU per message as the producer itself, and the relay already batches, orders and waits for
 * acknowledgements on its own.
 */
@ApplicationScoped
public class KafkaMessagePublisher implements MessagePublisher {
    static final String CHANNEL = "outbox";

    private final KafkaClientService clients;
    private volatile Producer<String, String> producer;

    /** The emitter is never sent to: it keeps the channel, and so its producer and its health check, wired. */
    public KafkaMessagePublisher(KafkaClientService clients, @Channel(CHANNEL) Emitter<String> channel) {
        this.clients = clients;
    }

    @Override
    public CompletionStage<Void> publish(String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        producer().send(new ProducerRecord<>(topic, key, payload), (metadata, error) -> {
            if (error == null) {
                acked.complete(null);
            } else {
                acked.completeExceptionally(error);
            }
        });
        return acked;
    }

    private Producer<String, String> producer() {
        Producer<String, String> known = producer;
        if (known == null) {
            io.smallrye.reactive.messaging.kafka.KafkaProducer<String, String> channel = clients.getProducer(CHANNEL);
            if (channel == null) {
                throw new IllegalStateException("the Kafka channel " + CHANNEL + " has no producer yet");
            }
            known = channel.unwrap();
            producer = known;
        }
        return known;
    }
}
