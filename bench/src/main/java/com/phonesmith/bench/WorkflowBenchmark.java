package com.phonesmith.bench;

import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code orders-completed-per-s}: order-workflow's production jar on a durable PostgreSQL and a real Kafka driving
 * orders through the whole process (OrderPlaced in, BuildImage and ScheduleBuild out, ImageReady and HandsetReserved
 * in, FlashHandset out, Flashed, QaPassed, Packed, Shipped in, CapturePayment out, PaymentCaptured and Delivered in,
 * the process ended), against an {@link InstantFactory} that answers every command at once. A closed loop keeps a
 * fixed number of orders in flight; completed means status DELIVERED in {@code workflow_order} (the Delivered
 * correlation ends the process in the same transaction). The service runs with its settings as shipped (the headline
 * figure, the product as it runs) and then with three consumers per topic (the alternative it was measured against,
 * suffix {@code -three-consumers}), each on a database of its own; the floor is PostgreSQL's rate of
 * durable commits from one connection, the cost of each message's transaction when nothing else happens in it.
 */
final class WorkflowBenchmark implements BenchMain.Benchmark {
    static final Path JAR = AuthBenchmark.ROOT.resolve("order-workflow/target/quarkus-app/quarkus-run.jar");
    static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseG1GC");
    static final int IN_FLIGHT = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_IN_FLIGHT", "200"));
    static final int WARM_UP = 400;
    /**
     * After the first {@link #WARM_UP} orders, rounds of this many more until in the last one the service's JIT
     * compiler threads took under {@link #JIT_SETTLED} of its CPU (at most {@code PHONESMITH_BENCH_WORKFLOW_WARM_UP}
     * orders in all, 6,000 by default). After 400 orders alone the compilers still took 41 % of the service's CPU
     * over the measured orders.
     */
    static final int WARM_UP_ROUND = 200;
    static final double JIT_SETTLED = 0.05;
    static final int MAX_WARM_UP = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_WORKFLOW_WARM_UP",
            "6000"));
    /** {@code PHONESMITH_BENCH_WORKFLOW_ALTERNATIVE=none} measures the settings as shipped only. */
    static final boolean WITH_ALTERNATIVE = !"none".equals(System.getenv("PHONESMITH_BENCH_WORKFLOW_ALTERNATIVE"));
    static final Duration MEASURE = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("PHONESMITH_BENCH_SECONDS", "45")));
    static final Duration DRAIN = Duration.ofMinutes(2);
    /** Messages order-workflow handles per order on the happy path, each in a transaction of its own. */
    static final int MESSAGES_PER_ORDER = 9;
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();
    private static final List<String> CHANNELS = List.of("orders-events", "images-events", "factory-events");

    /** The service's settings as shipped (application.properties), named only to print them. */
    static final Map<String, String> AS_SHIPPED = properties(
            "quarkus.camunda.generic-config.history", "audit",
            "quarkus.camunda.generic-config.job-executor-activate", "true",
            "quarkus.camunda.job-executor.thread-pool.max-pool-size", "4",
            "quarkus.camunda.job-executor.thread-pool.queue-size", "3",
            "quarkus.datasource.jdbc.max-size", "20",
            "partitions per channel", "1 (one consumer, one message at a time per topic)",
            "phonesmith.outbox.poll-interval", "100ms",
            "phonesmith.outbox.batch-size", "200");

    /**
     * The settings chosen: three consumers per topic (one per partition: messages of one order keep their order, the
     * three partitions of a topic are handled at once and their commits share PostgreSQL's WAL flushes), and the
     * outbox relay looking every 10 ms. History stays at audit and the job executor on (the waits' and the
     * promise's timers need it): both are the product's, not a tuning knob.
     */
    static final Map<String, String> CHOSEN = chosen();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String channel : CHANNELS) {
            chosen.put("mp.messaging.incoming." + channel + ".partitions", "3");
        }
        chosen.put("phonesmith.outbox.poll-interval", "10ms");
        return chosen;
    }

    private static Map<String, String> properties(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Extra settings to try, {@code PHONESMITH_BENCH_WORKFLOW_TRY="key=value,key=value"}: a third run. */
    private static Map<String, String> trial() {
        String text = System.getenv("PHONESMITH_BENCH_WORKFLOW_TRY");
        Map<String, String> trial = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=", 2);
                trial.put(kv[0].trim(), kv[1].trim());
            }
        }
        return trial;
    }

    @Override
    public String description() {
        return "orders through the whole phone-order process with an instant factory and image builder, "
                + IN_FLIGHT + " in flight, " + MEASURE.toSeconds() + " s measured once the service's JIT settled"
                + " (at least " + WARM_UP + " orders of warm-up, at most " + MAX_WARM_UP + "); as shipped" + (WITH_ALTERNATIVE ? " vs three consumers per topic" : "")
                + "; floors: serial durable commits, and Camunda's engine alone running the process's nine messages";
    }

    @Override
    public Map<String, String> run() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build first (./phonesmith build)");
        }
        // kept when the benchmark fails, for the service's log
        Path work = Files.createTempDirectory("phonesmith-bench-workflow-");
        Figures figures = new Figures();
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            createTopics(kafka);
            Run shipped;
            try (InstantFactory factory = new InstantFactory(kafka.bootstrapServers());
                    KafkaProducer<String, String> producer = InstantFactory.producer(kafka.bootstrapServers())) {
                Map<String, String> trial = trial();
                if (!trial.isEmpty()) {
                    Run tried = measure("trial", trial, postgres, kafka, producer, factory, work);
                    tried.print(figures, "-trial");
                    figures.put("settings-trial", trial.toString());
                }
                shipped = measure("shipped", Map.of(), postgres, kafka, producer, factory, work);
                shipped.print(figures, "");
                if (WITH_ALTERNATIVE) {
                    Run chosen = measure("chosen", CHOSEN, postgres, kafka, producer, factory, work);
                    chosen.print(figures, "-three-consumers");
                    figures.put("three-consumers-vs-as-shipped-ratio",
                            String.format("%.2f", chosen.perSecond / shipped.perSecond));
                }
            }
            double commits = serialCommitsPerSecond(postgres);
            figures.put("floor-durable-commits-per-s", String.format("%.0f", commits));
            figures.put("floor-serial-orders-per-s", String.format("%.0f", commits / MESSAGES_PER_ORDER));
            EngineFloor.measure(postgres, figures);
            figures.put("as-shipped-vs-engine-floor", String.format("%.2f (of the engine alone with audit history and"
                    + " a timer per wait)", shipped.perSecond / Double.parseDouble(
                            figures.get("floor-engine-audit-timers-orders-per-s"))));
            figures.put("settings", "order-workflow: java " + String.join(" ", JVM) + " (full tiered JIT), prod"
                    + " profile; as shipped (headline): " + AS_SHIPPED + "; three-consumers: as shipped plus " + CHOSEN
                    + "; PostgreSQL "
                    + postgres.durability().describe() + " (one commit per message, " + MESSAGES_PER_ORDER
                    + " per order); Kafka single broker, topics of 3 partitions, replies and orders sent with acks=all,"
                    + " linger 5 ms; " + IN_FLIGHT + " orders in flight; service, PostgreSQL, Kafka and the driver on"
                    + " the same " + Runtime.getRuntime().availableProcessors() + " cores");
        }
        BenchServices.deleteQuietly(work);
        return figures;
    }

    /** What one run of the service measured. */
    private record Run(double perSecond, long measured, double p50, double p99, long conflicts, long deadLetters,
            long unfinished, double cpuSecondsPerOrder, double jitShare, long warmUp, double jitShareBefore) {
        void print(Figures figures, String suffix) {
            figures.put("orders-completed-per-s" + suffix, String.format("%.1f", perSecond));
            figures.put("orders-measured" + suffix, Long.toString(measured));
            figures.put("order-latency-p50-ms" + suffix, String.format("%.0f", p50));
            figures.put("order-latency-p99-ms" + suffix, String.format("%.0f", p99));
            figures.put("service-cpu-ms-per-order" + suffix, String.format("%.1f", cpuSecondsPerOrder * 1000));
            figures.put("service-jit-share" + suffix, String.format("%.0f %% of the service's CPU (its JIT compiler"
                    + " threads', over the measured orders)", jitShare * 100));
            figures.put("warm-up-orders" + suffix, warmUp + " (the JIT's compilers took " + String.format("%.0f",
                    jitShareBefore * 100) + " % of the service's CPU over the last " + WARM_UP_ROUND + ")");
            figures.put("message-conflicts-retried" + suffix, Long.toString(conflicts));
            figures.put("dead-letters" + suffix, Long.toString(deadLetters));
            figures.put("orders-unfinished-after-drain" + suffix, Long.toString(unfinished));
        }
    }

    private Run measure(String name, Map<String, String> settings, PostgresServer postgres, KafkaBroker kafka,
            KafkaProducer<String, String> producer, InstantFactory factory, Path work) throws Exception {
        String database = "workflow_" + name;
        postgres.ensureDatabase(database);
        int port = Ports.free();
        List<String> jvm = new ArrayList<>(JVM);
        settings.forEach((key, value) -> jvm.add("-D" + key + "=" + value));
        URI base = URI.create("http://127.0.0.1:" + port);
        try (ChildJvm service = BenchServices.start("order-workflow-" + name, JAR, jvm, port,
                postgres.jdbcUrl(database), kafka, Map.of(), work);
                Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER,
                        PostgresServer.USER)) {
            BenchServices.awaitReady(http, base, service, work);
            Driver driver = new Driver(db, producer, factory, service);
            driver.runUntilDelivered(WARM_UP, Duration.ofMinutes(3));
            double jitShareBefore;
            do {
                JitActivity round = JitActivity.of(service.pid());
                driver.runUntilDelivered(driver.delivered() + WARM_UP_ROUND, Duration.ofMinutes(3));
                jitShareBefore = JitActivity.of(service.pid()).shareSince(round);
                System.err.printf("workflow warm-up: %d orders delivered, JIT compilers took %.0f %% of the service's"
                        + " CPU%n", driver.delivered(), jitShareBefore * 100);
            } while (jitShareBefore >= JIT_SETTLED && driver.delivered() + WARM_UP_ROUND <= MAX_WARM_UP);
            long warmUp = driver.delivered();
            double cpu0 = cpuSeconds(service.pid());
            JitActivity jit = JitActivity.of(service.pid());
            long conflicts0 = conflicts(base);
            long t0 = System.nanoTime();
            Instant from = Instant.now();
            long delivered0 = driver.delivered();
            driver.runFor(MEASURE);
            long delivered1 = driver.delivered();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Instant to = Instant.now();
            double cpu = cpuSeconds(service.pid()) - cpu0;
            double jitShare = JitActivity.of(service.pid()).shareSince(jit);
            long conflicts = conflicts(base) - conflicts0;
            long unfinished = driver.drain(DRAIN);
            double[] latency = latencies(db, from, to);
            long measured = delivered1 - delivered0;
            long deadLetters = count(db, "select count(*) from dead_letter");
            Run run = new Run(measured / seconds, measured, latency[0], latency[1], conflicts, deadLetters, unfinished,
                    cpu / Math.max(1, measured), jitShare, warmUp, jitShareBefore);
            service.stop(Duration.ofSeconds(30));
            // the next run's service reads on in the same consumer groups: from the end, not this run's messages
            skipToEnd(kafka, "order-workflow");
            skipToEnd(kafka, "order-workflow-support");
            return run;
        }
    }

    /** Places orders so that {@link #IN_FLIGHT} are always under way; counts them delivered from the database. */
    private static final class Driver {
        private final Connection db;
        private final KafkaProducer<String, String> producer;
        private final InstantFactory factory;
        private final ChildJvm service;
        private long placed;
        private long delivered;

        Driver(Connection db, KafkaProducer<String, String> producer, InstantFactory factory, ChildJvm service) {
            this.db = db;
            this.producer = producer;
            this.factory = factory;
            this.service = service;
        }

        long delivered() {
            return delivered;
        }

        void runUntilDelivered(long target, Duration timeout) throws Exception {
            Instant deadline = Instant.now().plus(timeout);
            while (delivered < target) {
                step(true, deadline, "warm-up: " + delivered + " of " + target + " orders delivered");
            }
        }

        void runFor(Duration duration) throws Exception {
            Instant end = Instant.now().plus(duration);
            while (Instant.now().isBefore(end)) {
                step(true, end.plusSeconds(1), "");
            }
        }

        /** Places nothing more and waits for the orders under way; how many did not finish in time. */
        long drain(Duration timeout) throws Exception {
            Instant deadline = Instant.now().plus(timeout);
            while (delivered < placed && Instant.now().isBefore(deadline)) {
                step(false, deadline.plusSeconds(1), "");
            }
            return placed - delivered;
        }

        private void step(boolean topUp, Instant deadline, String what) throws Exception {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out: " + what);
            }
            if (!service.isAlive()) {
                throw new IllegalStateException(service.name() + " stopped; see its log");
            }
            factory.check();
            if (topUp) {
                while (placed - delivered < IN_FLIGHT) {
                    place();
                }
                producer.flush();
            }
            Thread.sleep(20);
            delivered = count(db, "select count(*) from workflow_order where status = 'DELIVERED'");
        }

        private void place() {
            String orderId = "order-" + UUID.randomUUID();
            Instant now = Instant.now();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            OrderPlaced order = new OrderPlaced(orderId, "nordvik", "nordvik-fjord", "slate", 128,
                    List.of("microg", "privacy-dns"), List.of("firefox", "signal"), InstantFactory.PRICE_MINOR, "EUR",
                    "shopper@example.org", now, "bench-shopper", TrackingToken.hash("token-" + orderId),
                    today.plusDays(5), today.plusDays(7));
            Envelope envelope = CODEC.wrap(order, UUID.randomUUID(), now);
            producer.send(new ProducerRecord<>(Topics.ORDERS_EVENTS, orderId, CODEC.toJson(envelope)));
            placed++;
        }
    }

    /** p50 and p99 in ms from placing to the commit of the delivery, of the orders delivered in the window. */
    private static double[] latencies(Connection db, Instant from, Instant to) throws Exception {
        try (var statement = db.prepareStatement("select percentile_cont(0.5) within group (order by ms),"
                + " percentile_cont(0.99) within group (order by ms) from (select extract(epoch from updated_at -"
                + " placed_at) * 1000 as ms from workflow_order where status = 'DELIVERED' and updated_at between ? and ?) d")) {
            statement.setObject(1, java.time.OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, java.time.OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new double[] {rows.getDouble(1), rows.getDouble(2)};
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The service's own CPU time so far (user + system, all its threads), from /proc; 0 where there is none. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static final Pattern CONFLICTS = Pattern.compile("(?m)^workflow_message_conflicts_total(?:\\{[^}]*})? ([0-9.E+]+)");

    /** Messages rolled back and tried again after a concurrent change of their process (the service's metric). */
    private long conflicts(URI base) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = CONFLICTS.matcher(metrics);
            return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** PostgreSQL's durable commits per second from one connection, one small insert each. */
    private static double serialCommitsPerSecond(PostgresServer postgres) throws Exception {
        postgres.ensureDatabase("floor");
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("floor"), PostgresServer.USER,
                PostgresServer.USER)) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create table if not exists commit_floor (id bigserial primary key, at timestamptz)");
            }
            db.setAutoCommit(false);
            try (var insert = db.prepareStatement("insert into commit_floor (at) values (now())")) {
                int count = 0;
                long t0 = System.nanoTime();
                long end = t0 + 5_000_000_000L;
                while (System.nanoTime() < end) {
                    insert.executeUpdate();
                    db.commit();
                    count++;
                }
                return count / ((System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static void createTopics(KafkaBroker kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(Topics.ORDERS_EVENTS, Topics.WORKFLOW_COMMANDS, Topics.FACTORY_EVENTS,
                    Topics.IMAGES_EVENTS, Topics.DEAD_LETTERS).stream().map(t -> new NewTopic(t, 3, (short) 1))
                    .toList()).all().get();
        }
    }

    /** Moves a consumer group (whose members have left) to the end of every topic it read. */
    private static void skipToEnd(KafkaBroker kafka, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Set<TopicPartition> partitions = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .keySet();
            if (partitions.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetAndMetadata> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            Instant deadline = Instant.now().plusSeconds(60);
            while (true) {
                try {
                    admin.alterConsumerGroupOffsets(group, ends).all().get();
                    return;
                } catch (java.util.concurrent.ExecutionException stillMembers) {
                    if (Instant.now().isAfter(deadline)) {
                        throw stillMembers;
                    }
                    Thread.sleep(500);
                }
            }
        }
    }
}
