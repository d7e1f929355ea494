package com.phonesmith.bench;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The factory and the image builder as the workflow sees them, answering every command at once: BuildImage with
 * ImageReady, ScheduleBuild with HandsetReserved, FlashHandset with Flashed, QaPassed, Packed and Shipped,
 * CapturePayment with PaymentCaptured and Delivered. Other commands are ignored. One thread reads
 * {@code workflow.commands} and answers through one batching producer (acks=all, idempotent, 5 ms linger); replies of
 * one order keep their order, as they share its key and so its partition.
 */
final class InstantFactory implements AutoCloseable {
    static final long PRICE_MINOR = 49_900;
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();
    private static final String CARRIER = "DHL";

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Thread thread;
    private final AtomicLong commands = new AtomicLong();
    private volatile boolean running = true;
    private volatile Throwable failure;

    InstantFactory(String bootstrapServers) {
        producer = producer(bootstrapServers);
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-instant-factory",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.WORKFLOW_COMMANDS));
        thread = new Thread(this::loop, "instant-factory");
        thread.setDaemon(true);
        thread.start();
    }

    /** A batching, durable producer (every reply acknowledged by the broker's log), as the services' outboxes use. */
    static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 131_072),
                new StringSerializer(), new StringSerializer());
    }

    long commandsAnswered() {
        return commands.get();
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("the instant factory stopped", failure);
        }
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    answer(CODEC.parse(record.value()));
                }
                producer.flush();
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopping) {
            // closed
        } catch (Throwable e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void answer(Envelope envelope) {
        if (!CODEC.knows(envelope)) {
            return;
        }
        Event command = CODEC.payloadOf(envelope);
        String order = envelope.orderId();
        if (command instanceof BuildImage) {
            String digest = "sha256:" + sha256(order);
            send(new ImageReady(order, digest, 1_258_291, "http://127.0.0.1:8084/api/bundles/" + digest,
                    "phonesmith/nordvik-fjord/fjord:14/PS1.0/" + order.substring(6, 14) + ":user/release-keys"));
        } else if (command instanceof ScheduleBuild) {
            send(new HandsetReserved(order, imeiOf(order), "NVK-FJ-" + order.substring(6, 12)));
        } else if (command instanceof FlashHandset flash) {
            String imei = imeiOf(order);
            send(new Flashed(order, imei, flash.digest()));
            send(new QaPassed(order, imei, flash.fingerprint()));
            send(new Packed(order, imei));
            send(new Shipped(order, imei, CARRIER, tracking(order)));
        } else if (command instanceof CapturePayment) {
            send(new PaymentCaptured(order, PRICE_MINOR, "EUR"));
            send(new Delivered(order, imeiOf(order), CARRIER, tracking(order), Instant.now()));
        } else {
            return; // ExpediteBuild, CancelBuild, ...: not part of the happy path
        }
        commands.incrementAndGet();
    }

    /** Any valid IMEI will do; the same one for every reply of an order. */
    private static String imeiOf(String order) {
        return ActivationsBenchmark.imei("35", Math.floorMod(order.hashCode(), 1_000_000_000));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tracking(String order) {
        return "JJD" + Math.floorMod(order.hashCode(), 1_000_000_000);
    }

    private void send(Event event) {
        Envelope envelope = CODEC.wrap(event, UUID.randomUUID(), Instant.now());
        producer.send(new ProducerRecord<>(EventCodec.typeOf(event.getClass()).topic(), envelope.orderId(),
                CODEC.toJson(envelope)), (metadata, error) -> {
                    if (error != null) {
                        failure = error;
                    }
                });
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
        producer.close(Duration.ofSeconds(5));
    }
}
