package com.phonesmith.handset.customer;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.Shipped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads {@code Shipped} from factory.events and hands each shipped IMEI to the {@link Customers}. */
public final class ShipmentListener implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ShipmentListener.class.getName());

    private final Customers customers;
    private final KafkaConsumer<String, String> consumer;
    private final EventCodec codec = EventCodec.withAllKnownTypes();
    private final Thread thread;
    private volatile boolean closed;

    private ShipmentListener(String bootstrapServers, Customers customers) {
        this.customers = customers;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "handset-customers",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        this.thread = new Thread(this::listen, "shipments");
        thread.setDaemon(true);
    }

    public static ShipmentListener start(String bootstrapServers, Customers customers) {
        ShipmentListener listener = new ShipmentListener(bootstrapServers, customers);
        listener.thread.start();
        return listener;
    }

    private void listen() {
        try {
            consumer.subscribe(List.of(Topics.FACTORY_EVENTS));
            while (!closed) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    shippedImei(record.value()).ifPresent(customers::shipped);
                }
                consumer.commitSync();
            }
        } catch (WakeupException stopping) {
            // closed
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading shipments stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private java.util.Optional<String> shippedImei(String json) {
        try {
            Envelope envelope = codec.parse(json);
            if (!"Shipped".equals(envelope.type()) || !codec.knows(envelope)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(codec.payloadOf(envelope, Shipped.class).imei());
        } catch (RuntimeException notAShipment) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
