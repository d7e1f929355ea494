package com.phonesmith.platform.outbox;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes through the SmallRye Kafka channel "outbox"; each message names its own topic and key. */
@ApplicationScoped
public class KafkaMessagePublisher implements MessagePublisher {
    private final Emitter<String> emitter;

    public KafkaMessagePublisher(@Channel("outbox") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public CompletionStage<Void> publish(String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(key).build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(error -> {
                    acked.completeExceptionally(error);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acked;
    }
}
