package com.phonesmith.bench;

import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.HandsetRack;
import com.phonesmith.handset.RackConfig;
import com.phonesmith.handset.RackLayout;
import com.phonesmith.handset.fixtures.TestBundles;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * parallelism 8, dev step timings) working a queue of orders end to end (commands on Kafka, a signed factory bundle
 * downloaded over HTTP, its images flashed over fastboot to virtual handsets that trust its key, on a USB 2.0 link,
 * and booted in half a second, QA), counted by QaPassed events, against the floor those durations allow: 8 ports,
 * each busy for one transfer of the bundle's images and one boot per phone.
 */
final class StationBenchmark {
    static final int PORTS = 8;
    static final int PHONES = 48;
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

    /** {measured phones per hour, floor phones per hour, bytes flashed per phone}. */
    static double[] run(PostgresServer postgres, KafkaBroker kafka, Path work, HttpClient http) throws Exception {
        postgres.ensureDatabase("factory_station");
        int firstPort = Ports.freeRange(PHONES);
        RackLayout layout = RackLayout.parse(List.of("bench-phone,grey,128," + PHONES));
        TestBundles signer = new TestBundles();
        TestBundles.Bundle bundle = signer.make(TestBundles.Spec.of("bench-phone", FINGERPRINT, List.of("microg"),
                List.of("firefox")), work.resolve("station-bundle"));
        Path trustedKeys = Files.writeString(work.resolve("station-trusted-keys.pem"), signer.trusted().toPem());
        byte[] bytes = Files.readAllBytes(bundle.file());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/bundle.zip", exchange -> {
            exchange.sendResponseHeaders(200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        java.util.concurrent.ExecutorService serving = java.util.concurrent.Executors.newFixedThreadPool(PORTS);
        server.setExecutor(serving);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bundle.zip";
        int port = Ports.free();
        Map<String, String> environment = Map.of("FACTORY_STATIONS_HOST", "127.0.0.1",
                "FACTORY_STATIONS_FIRST_PORT", Integer.toString(firstPort), "FACTORY_STATIONS_COUNT",
                Integer.toString(PHONES), "FACTORY_TOKEN_URL", "http://127.0.0.1:9/oauth/token",
                "FACTORY_CLIENT_SECRET", "none", "FACTORY_TRUSTED_KEYS", trustedKeys.toString());
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(work.resolve("station-rack"))
                .withFirstPort(firstPort).withLayout(layout).withTrustedKeys(trustedKeys));
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
                send(producer, new FlashHandset(orderId, url, bundle.sha256(), FINGERPRINT));
            }
            awaitEvents(consumer, Set.copyOf(orders), "QaPassed", Duration.ofMinutes(10));
            double hours = Duration.between(start, Instant.now()).toNanos() / 3.6e12;
            long flashed = flashedBytes(bundle.file());
            double perPhoneSeconds = flashed / (double) LINK_BYTES_PER_S + BOOT.toNanos() / 1e9;
            return new double[] {PHONES / hours, PORTS * 3600 / perPhoneSeconds, flashed};
        } finally {
            server.stop(0);
            // the server does not end the threads it was given, and they would keep the benchmark's JVM alive
            serving.shutdownNow();
        }
    }

    private static final String FINGERPRINT = "phonesmith/bench-phone/1.0:user/bench/1:release-keys";

    /** What goes over fastboot for one phone: the bundle's partition images and its descriptor. */
    private static long flashedBytes(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            return zip.stream().filter(entry -> entry.getName().endsWith(".img")).mapToLong(ZipEntry::getSize).sum();
        }
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
