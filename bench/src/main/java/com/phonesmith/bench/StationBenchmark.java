package com.phonesmith.bench;

import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.image.ImageFormat;
import com.phonesmith.contracts.image.ImageManifest;
import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.HandsetRack;
import com.phonesmith.handset.RackConfig;
import com.phonesmith.handset.RackLayout;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code station-phones-per-hour}: an 8-port flashing station of factory-adapter (its production jar, flash
 * parallelism 8, dev step timings) working a queue of orders end to end (commands on Kafka, a 32 MiB image downloaded
 * over HTTP, flashed over fastboot to virtual handsets on a USB 2.0 link that boot in half a second, QA), counted by
 * QaPassed events, against the floor those durations allow: 8 ports, each busy for one transfer and one boot per
 * phone.
 */
final class StationBenchmark {
    static final int PORTS = 8;
    static final int PHONES = 48;
    static final int IMAGE_BYTES = 32 << 20;
    static final long LINK_BYTES_PER_S = FlashBenchmark.USB2_BYTES_PER_S;
    static final Duration BOOT = Duration.ofMillis(500);
    static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseG1GC",
            "-Dfactory.flash.parallelism=" + PORTS, "-Dfactory.steps.pack-duration=2s",
            "-Dfactory.steps.ship-duration=2s", "-Dfactory.capacity.shifts=00:00-24:00",
            "-Dfactory.capacity.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
            "-Dfactory.capacity.replan-interval=off", "-Dfactory.stations.scan-interval=5s");
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();

    private StationBenchmark() {
    }

    /** {measured phones per hour, floor phones per hour}. */
    static double[] run(PostgresServer postgres, KafkaBroker kafka, Path work, HttpClient http) throws Exception {
        postgres.ensureDatabase("factory_station");
        int firstPort = Ports.freeRange(PHONES);
        RackLayout layout = RackLayout.parse(List.of("bench-phone,grey,128," + PHONES));
        byte[] image = image();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
        HttpServer images = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        images.createContext("/image.img", exchange -> {
            exchange.sendResponseHeaders(200, image.length);
            try (var out = exchange.getResponseBody()) {
                out.write(image);
            }
        });
        images.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(PORTS));
        images.start();
        String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/image.img";
        int port = Ports.free();
        Map<String, String> environment = Map.of("FACTORY_STATIONS_HOST", "127.0.0.1",
                "FACTORY_STATIONS_FIRST_PORT", Integer.toString(firstPort), "FACTORY_STATIONS_COUNT",
                Integer.toString(PHONES), "FACTORY_TOKEN_URL", "http://127.0.0.1:9/oauth/token",
                "FACTORY_CLIENT_SECRET", "none");
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(work.resolve("station-rack"))
                .withFirstPort(firstPort).withLayout(layout));
                ChildJvm service = BenchServices.start("factory-station", FactoryBenchmark.JAR, JVM, port,
                        postgres.jdbcUrl("factory_station"), kafka, environment, work);
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "bench-station-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(), new StringDeserializer())) {
            for (Handset handset : rack.handsets()) {
                handset.faults().linkSpeed(LINK_BYTES_PER_S).bootDelay(BOOT);
            }
            BenchServices.awaitReady(http, URI.create("http://127.0.0.1:" + port), service, work);
            consumer.subscribe(List.of(Topics.FACTORY_EVENTS));
            List<String> orders = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                String orderId = UUID.randomUUID().toString();
                orders.add(orderId);
                send(producer, new ScheduleBuild(orderId, "bench-phone", "grey", 128, "bench"));
            }
            // every order holds its handset before the clock starts: the station's queue is full
            awaitEvents(consumer, Set.copyOf(orders), "HandsetReserved", Duration.ofMinutes(3));
            Instant start = Instant.now();
            for (String orderId : orders) {
                send(producer, new FlashHandset(orderId, url, digest, FINGERPRINT));
            }
            awaitEvents(consumer, Set.copyOf(orders), "QaPassed", Duration.ofMinutes(10));
            double hours = Duration.between(start, Instant.now()).toNanos() / 3.6e12;
            double perPhoneSeconds = IMAGE_BYTES / (double) LINK_BYTES_PER_S + BOOT.toNanos() / 1e9;
            return new double[] {PHONES / hours, PORTS * 3600 / perPhoneSeconds};
        } finally {
            images.stop(0);
        }
    }

    private static final String FINGERPRINT = "phonesmith/bench-phone/1.0:user/bench/1:release-keys";

    private static byte[] image() throws Exception {
        ImageManifest manifest = new ImageManifest("bench", "bench-phone", FINGERPRINT, List.of("microg"),
                List.of("firefox"), List.of(new ImageManifest.PackageEntry("firefox", "128.0", "ab12", 4096)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(IMAGE_BYTES + 4096);
        ImageFormat.writeHeader(manifest, out);
        byte[] payload = new byte[IMAGE_BYTES];
        new Random(3).nextBytes(payload);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static void send(KafkaProducer<String, String> producer, com.phonesmith.contracts.Event command)
            throws Exception {
        Envelope envelope = CODEC.wrap(command, UUID.randomUUID(), Instant.now());
        producer.send(new ProducerRecord<>(Topics.WORKFLOW_COMMANDS, envelope.orderId(), CODEC.toJson(envelope)))
                .get();
    }

    private static void awaitEvents(KafkaConsumer<String, String> consumer, Set<String> orders, String type,
            Duration timeout) {
        Set<String> seen = new HashSet<>();
        Instant deadline = Instant.now().plus(timeout);
        while (seen.size() < orders.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + seen.size() + " of " + orders.size() + " orders reached "
                        + type + " within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (orders.contains(record.key()) && type.equals(CODEC.parse(record.value()).type())) {
                    seen.add(record.key());
                }
            }
        }
    }
}
