package com.phonesmith.bench;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import com.phonesmith.devstack.testing.TestTokens;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code order-intake-per-s}: orders accepted end to end by configurator-api's production jar on a durable PostgreSQL
 * and a real Kafka broker. Each order is a {@code POST /api/orders} with its own shopper's bearer token and
 * Idempotency-Key (a launch's crowd: one phone per shopper), checked against the catalog and its rules, paid through
 * the built-in test provider's authorisation, committed with its {@code OrderPlaced} outbox row, and relayed to
 * {@code orders.events}. Clients are keep-alive connections in a closed loop. The rate counts the measured orders
 * from the first request to the later of the last answer and the last of their messages written to the topic (the
 * record's timestamp, set by the service's producer). Afterwards every accepted order must be in {@code
 * customer_order} once and on the topic exactly once, or the benchmark fails.
 */
final class OrderIntakeBenchmark implements BenchMain.Benchmark {
    /**
     * The clients of the headline figures: a launch's crowd. Its shoppers do not wait for each other, so the orders
     * in flight at once are the rate times the time an answer takes (Little's law): taking 1,000 a second with answers
     * in 50 ms is 50 at once. A closed loop of 16 clients never has more than 16 in flight, so it asks for the rate
     * with every answer in 16 ms, which is a different goal; it is measured too ({@link #FEW_CLIENTS}).
     */
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_INTAKE_CLIENTS", "64"));
    /**
     * After the crowd's orders, as many again from this many clients (figures suffixed {@code -16-clients}), the
     * benchmark's load until December 2026; 0 leaves them out.
     */
    static final int FEW_CLIENTS = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_INTAKE_FEW_CLIENTS",
            "16"));
    static final boolean FEW_CLIENTS_MEASURED = FEW_CLIENTS > 0 && FEW_CLIENTS != CLIENTS;
    static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_INTAKE_WARM_UP", "1200"));
    /**
     * After the first {@link #WARM_UP} orders, rounds of this many more until in the last one the service's JIT
     * compiler threads took under {@link #JIT_SETTLED} of its CPU (at most {@code PHONESMITH_BENCH_INTAKE_MAX_WARM_UP}
     * orders in all, 80,000 by default). On 2 cores shared with PostgreSQL, Kafka and this driver, C2 compiles some
     * 2,400 methods of what an order runs (HTTP, token, JSON, validation, JDBC, Kafka), each in 20 ms on average and
     * the largest in up to 700 ms: their share stays near 30 % for the first 30,000 orders and falls under 5 % by about
     * 40,000 from 16 clients, by 50,000-65,000 from 64, and the service's CPU per order falls with it (about 2.2 ms
     * after 23,000 orders, 0.7-1.0 ms once settled). Each round also reads the service's metrics, as the measured
     * orders do before and after, so that the measured orders run nothing the warm-up did not (a first scrape just
     * before them had C2 compile the HTTP server's hottest methods again while they were taken).
     */
    static final int WARM_UP_ROUND = 2_000;
    static final double JIT_SETTLED = 0.05;
    static final int MAX_WARM_UP = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_INTAKE_MAX_WARM_UP",
            "80000"));
    /**
     * The floor, right after the measured orders (so that nothing it compiles runs while they are taken): the same
     * clients asking the same service for {@code /q/health/live}, this many times after as many again to warm that
     * path up. It says what these shared cores gave an HTTP round trip of the service at that moment: on them the rate
     * of one build moves by a third within half an hour, and the floor moves too (9,500 to 15,700 a second), though
     * not in step, so the rate against it varied as much as the rate itself.
     */
    static final int FLOOR = 30_000;
    /** The measured orders: a launch's worth, as the goal says (30,000 units taken in 30 seconds). */
    static final int MEASURED = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_INTAKE_ORDERS", "30000"));
    /** The service's JVM options: the other benchmarks' unless {@code PHONESMITH_BENCH_INTAKE_JVM} names others. */
    static final List<String> JVM = jvm();
    /**
     * The service's jar: the module's build, or {@code PHONESMITH_BENCH_INTAKE_JAR} (a copy of another build's
     * {@code quarkus-run.jar} in its {@code quarkus-app} folder), to compare two builds back to back.
     */
    static final Path JAR = Path.of(System.getenv().getOrDefault("PHONESMITH_BENCH_INTAKE_JAR",
            ConfiguratorBenchmark.JAR.toString()));
    /**
     * Each shopper's token names its own client address ({@code client_ip}, as web signs it for a browser), so the
     * limits per account and per address stay as shipped; with every order from 127.0.0.1 they would refuse all but
     * 30, and raised, every order would wait for the one address's lock.
     */
    private static String clientAddress(int shopper) {
        return "10." + (shopper >> 16 & 255) + "." + (shopper >> 8 & 255) + "." + (shopper & 255);
    }

    /** How long the relay may take to put the accepted orders on the topic after the last answer. */
    static final Duration RELAY_WAIT = Duration.ofSeconds(60);
    /** Configurations the seeded catalog offers (checked by the first orders), cycled through. */
    static final List<String> CONFIGURATIONS = List.of(
            "\"model\":\"lumo-one\",\"colour\":\"coral\",\"storageGb\":128,\"features\":[\"microg\",\"desktop-mode\"],"
                    + "\"apps\":[\"signal\",\"navigator-pro\"]",
            "\"model\":\"lumo-one\",\"colour\":\"ink\",\"storageGb\":64",
            "\"model\":\"nordvik-fjord\",\"colour\":\"slate\",\"storageGb\":256,\"apps\":[\"signal\",\"organic-maps\"]",
            "\"model\":\"lumo-pro\",\"colour\":\"sand\",\"storageGb\":256,\"features\":[\"tracker-blocker\"],"
                    + "\"apps\":[\"proton-mail\"]",
            "\"model\":\"tessel-mini\",\"colour\":\"pearl\",\"storageGb\":128,\"features\":[\"firewall\"]",
            "\"model\":\"meridian-go\",\"colour\":\"mint\",\"storageGb\":64");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");
    private static final String KEY_PREFIX = "bench-intake-";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static List<String> jvm() {
        String options = System.getenv("PHONESMITH_BENCH_INTAKE_JVM");
        return options == null || options.isBlank() ? ConfiguratorBenchmark.JVM : List.of(options.trim().split("\\s+"));
    }

    @Override
    public String description() {
        return "order intake: " + MEASURED + " orders (after " + WARM_UP + " of warm-up, then rounds of " + WARM_UP_ROUND
                + " until the JIT's compilers took under " + Math.round(JIT_SETTLED * 100) + " % of the service's CPU,"
                + " at most " + MAX_WARM_UP + " in all) from " + CLIENTS
                + " clients through configurator-api (token, rules, test payment, durable commit, outbox to Kafka),"
                + (FEW_CLIENTS_MEASURED ? " then as many from " + FEW_CLIENTS + " clients," : "")
                + " against the same clients on /q/health/live right after, then each checked in the database and on "
                + Topics.ORDERS_EVENTS;
    }

    @Override
    public Map<String, String> run() throws Exception {
        Map<String, String> figures = new Figures();
        measure(figures);
        return figures;
    }

    /** Measures the intake, putting the figures into {@code figures}; throws if an order is missing or doubled. */
    void measure(Map<String, String> figures) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build first (./phonesmith build)");
        }
        // loaded now: the check reads the topic after the load, when a jar of the classpath may have been rebuilt
        EventCodec.withAllKnownTypes().knows(new Envelope("OrderPlaced", 1, UUID.randomUUID(), java.time.Instant.now(),
                null, null));
        // kept when the benchmark fails, for the service's log
        Path work = Files.createTempDirectory("phonesmith-bench-intake-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            postgres.ensureDatabase("configurator");
            int port = Ports.free();
            try (ChildJvm service = BenchServices.start("configurator-intake", JAR, JVM, port,
                    postgres.jdbcUrl("configurator"), kafka, ConfiguratorBenchmark.SETTINGS, work)) {
                URI base = URI.create("http://127.0.0.1:" + port);
                BenchServices.awaitReady(http, base, service, work);
                String run = UUID.randomUUID().toString().substring(0, 8);

                // each configuration once, alone, so that one the catalog refuses is named before any load
                Outcome probe = place(port, orders(port, run, "probe", 0, CONFIGURATIONS.size(), 1));
                probe.requireAllAccepted("the benchmark's configurations");
                WarmUp warmUp = warmUp(port, run, service.pid());
                int first = CONFIGURATIONS.size() + warmUp.placed();
                Measured crowd = measureAt(port, service, postgres, orders(port, run, "m", first, MEASURED, CLIENTS),
                        CLIENTS);
                Measured few = !FEW_CLIENTS_MEASURED ? null : measureAt(port, service, postgres,
                        orders(port, run, "f", first + MEASURED, MEASURED, FEW_CLIENTS), FEW_CLIENTS);
                double floorPerSecond = floorPerSecond(port);

                Set<String> all = new HashSet<>(crowd.accepted());
                all.addAll(probe.accepted());
                all.addAll(warmUp.accepted());
                List<Set<String>> measuredSets = new ArrayList<>(List.of(crowd.accepted()));
                if (few != null) {
                    all.addAll(few.accepted());
                    measuredSets.add(few.accepted());
                }
                Topic topic = readTopic(kafka, all, measuredSets);
                Map<String, Integer> inDatabase = ordersInDatabase(postgres);

                double perSecond = crowd.put(figures, "", topic.lastTimestamps()[0]);
                figures.put("order-intake-floor-http-per-s", String.format("%.0f", floorPerSecond));
                figures.put("order-intake-vs-floor-http", String.format("%.3f", perSecond / floorPerSecond));
                figures.put("order-intake-warm-up", warmUp.placed() + " orders (the JIT's compilers took "
                        + String.format("%.0f", warmUp.jitShare() * 100) + " % of the service's CPU over the last "
                        + warmUp.lastRound() + "); accepted " + warmUp.accepted().size());
                if (few != null) {
                    few.put(figures, "-" + FEW_CLIENTS + "-clients", topic.lastTimestamps()[1]);
                }

                String check = check(all, inDatabase, topic.counts());
                figures.put("order-intake-settings", "configurator-api" + (JAR.equals(ConfiguratorBenchmark.JAR) ? ""
                        : " (" + JAR + ")") + ": java " + String.join(" ", JVM)
                        + (JVM.contains("-XX:TieredStopAtLevel=1") ? "" : " (full tiered JIT)") + ", prod profile"
                        + (System.getenv("PHONESMITH_BENCH_JFR") == null ? "" : ", flight recording on")
                        + "; each order its own shopper account, client address (client_ip claim) and bearer token"
                        + " (RS256), test-card; order limits per account and address as shipped; no launch open; no factory (no delivery promised); " + CLIENTS + " keep-alive HTTP/1.1"
                        + " clients in a closed loop" + (!FEW_CLIENTS_MEASURED ? "" : ", then " + FEW_CLIENTS
                        + " (figures suffixed -" + FEW_CLIENTS + "-clients)") + "; PostgreSQL "
                        + postgres.durability().describe() + "; one Kafka broker; all on the same "
                        + Runtime.getRuntime().availableProcessors() + " cores");
                figures.put("order-intake-checked", check);
                if (!check.endsWith(" 0 duplicates") || check.contains("no answer accepted") || !check.startsWith(all.size() + " of " + all.size()
                        + " in database, " + all.size() + " on topic")) {
                    throw new IllegalStateException("order intake: accepted orders are not each in the database and"
                            + " on " + Topics.ORDERS_EVENTS + " exactly once: " + check + "; see " + work);
                }
            }
        }
        BenchServices.deleteQuietly(work);
    }

    /**
     * One measured phase: what its orders got, when it started, when its last answer came and when the outbox was
     * seen empty (epoch millis), the service's CPU over it and its JIT compilers' share of that, PostgreSQL's CPU
     * seconds, and the orders and transactions of the service's batches over it.
     */
    private record Measured(int clients, Outcome outcome, Set<String> accepted, long startMillis, long answeredMillis,
            long drainedMillis, long cpuNanos, double jitShare, double postgresCpu, double batchOrders,
            double batches) {

        /** Puts its figures, each name with the suffix; answers its rate (orders per second). */
        double put(Map<String, String> figures, String suffix, long lastOnTopic) {
            long endMillis = Math.max(answeredMillis, lastOnTopic);
            int count = accepted.size();
            double seconds = (endMillis - startMillis) / 1000.0;
            double perSecond = count / seconds;
            figures.put("order-intake-per-s" + suffix, String.format("%.0f", perSecond));
            figures.put("order-intake-answered-per-s" + suffix, String.format("%.0f",
                    count / ((answeredMillis - startMillis) / 1000.0)));
            figures.put("order-intake-measured" + suffix, count + " accepted of " + MEASURED + " in "
                    + String.format("%.1f", seconds) + " s (refused: " + outcome.describeRefusals() + ")");
            figures.put("order-intake-p50-ms" + suffix, Figures.ms(Figures.percentile(outcome.nanos(), 50)));
            figures.put("order-intake-p99-ms" + suffix, Figures.ms(Figures.percentile(outcome.nanos(), 99)));
            figures.put("order-intake-clients" + suffix, Integer.toString(clients));
            figures.put("order-intake-relay-lag-ms" + suffix, Math.max(0, lastOnTopic - answeredMillis)
                    + " (last answer to last message on the topic; outbox empty " + (drainedMillis - answeredMillis)
                    + " ms after the last answer)");
            figures.put("order-intake-cpu-ms-per-order" + suffix, String.format("%.2f", cpuNanos / 1e6 / count));
            figures.put("order-intake-jit-share" + suffix, String.format("%.0f %% of the service's CPU (its JIT"
                    + " compiler threads', while the measured orders were taken)", jitShare * 100));
            figures.put("order-intake-postgres-cpu-ms-per-order" + suffix,
                    String.format("%.2f", postgresCpu * 1e3 / count));
            figures.put("order-intake-batch-mean" + suffix, batches <= 0 ? "unknown (the service has no"
                    + " orders_batch_size metric)" : String.format("%.1f orders per transaction (%.0f transactions)",
                    batchOrders / batches, batches));
            return perSecond;
        }
    }

    /** Places the requests (made beforehand) from their clients and measures what that took, to the outbox's end. */
    private static Measured measureAt(int port, ChildJvm service, PostgresServer postgres,
            List<List<byte[]>> requests, int clients) throws Exception {
        double[] batchesBefore = batchSizes(port);
        long cpu = ConfiguratorBenchmark.cpuNanos(service);
        JitActivity jit = JitActivity.of(service.pid());
        double postgresCpu = ActivationsBenchmark.postgresCpuSeconds(postgres);
        long startMillis = System.currentTimeMillis();
        Outcome outcome = place(port, requests);
        long answeredMillis = System.currentTimeMillis();
        long drainedMillis = awaitOutboxDrained(postgres);
        long cpuNanos = ConfiguratorBenchmark.cpuNanos(service) - cpu;
        double jitShare = JitActivity.of(service.pid()).shareSince(jit);
        postgresCpu = ActivationsBenchmark.postgresCpuSeconds(postgres) - postgresCpu;
        double[] batchesAfter = batchSizes(port);
        return new Measured(clients, outcome, new HashSet<>(outcome.accepted()), startMillis, answeredMillis,
                drainedMillis, cpuNanos, jitShare, postgresCpu, batchesAfter[0] - batchesBefore[0],
                batchesAfter[1] - batchesBefore[1]);
    }

    /** Requests per second that the benchmark's clients get from {@code /q/health/live} ({@link #FLOOR}). */
    private static double floorPerSecond(int port) throws Exception {
        RawHttpLoad.liveSeconds("127.0.0.1", port, FLOOR, CLIENTS);
        return FLOOR / RawHttpLoad.liveSeconds("127.0.0.1", port, FLOOR, CLIENTS);
    }

    /** The warm-up's orders: how many were sent, which were accepted, and the JIT's share in its last round. */
    private record WarmUp(int placed, List<String> accepted, int lastRound, double jitShare) {
    }

    /**
     * {@link #WARM_UP} orders, then rounds of {@link #WARM_UP_ROUND} until in the last one the JIT's compiler threads
     * took under {@link #JIT_SETTLED} of the service's CPU, or {@link #MAX_WARM_UP} orders were sent. The requests
     * of a round are made (tokens signed) before it starts, so that the driver's signing does not slow the round.
     */
    private WarmUp warmUp(int port, String run, long pid) throws Exception {
        List<String> accepted = new ArrayList<>();
        int placed = 0;
        int round = WARM_UP;
        int lastRound;
        double share;
        do {
            // each round its own phase name, so that its keys and shoppers are new
            List<List<byte[]>> requests = orders(port, run, "warm" + placed, CONFIGURATIONS.size() + placed, round,
                    CLIENTS);
            JitActivity before = JitActivity.of(pid);
            Outcome outcome = place(port, requests);
            batchSizes(port);
            share = JitActivity.of(pid).shareSince(before);
            accepted.addAll(outcome.accepted());
            placed += round;
            lastRound = round;
            System.err.printf("intake warm-up: %d orders; the JIT's compilers took %.0f %% of the service's CPU over"
                    + " the last %d%n", placed, share * 100, round);
            round = WARM_UP_ROUND;
        } while (share >= JIT_SETTLED && placed + round <= MAX_WARM_UP);
        return new WarmUp(placed, accepted, lastRound, share);
    }

    /** What the orders of one phase got: the ids of those accepted (201), the refusals by status, every latency. */
    private record Outcome(List<String> accepted, Map<Integer, Integer> refusals, String firstRefusal, double[] nanos) {
        void requireAllAccepted(String what) {
            if (!refusals.isEmpty()) {
                throw new IllegalStateException(what + " were not all accepted: " + describeRefusals());
            }
        }

        String describeRefusals() {
            return refusals.isEmpty() ? "none" : refusals + ", first: " + firstRefusal;
        }
    }

    /**
     * {@code count} orders, each with its own shopper's token (numbered from {@code first}, with its own client
     * address) and key, split over {@code clients} connections.
     */
    private static List<List<byte[]>> orders(int port, String run, String phase, int first, int count, int clients) {
        List<List<byte[]>> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            String name = run + "-" + phase + "-" + i;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + TestTokens.get().token().subject("bench-shopper-" + name)
                    .roles("shopper").claim("client_ip", clientAddress(first + i)).sign());
            headers.put("Idempotency-Key", KEY_PREFIX + name);
            String body = "{" + CONFIGURATIONS.get(i % CONFIGURATIONS.size()) + ",\"customerEmail\":\"shopper-" + name
                    + "@example.org\"}";
            perClient.get(i % clients).add(RawHttpLoad.request("POST", "127.0.0.1", port, "/api/orders", headers,
                    "application/json", body));
        }
        return perClient;
    }

    private static Outcome place(int port, List<List<byte[]>> perClient) throws Exception {
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> refusals = new TreeMap<>();
        String firstRefusal = null;
        List<Double> nanos = new ArrayList<>();
        for (List<RawHttpLoad.Timed> client : RawHttpLoad.closedLoop("127.0.0.1", port, perClient)) {
            for (RawHttpLoad.Timed timed : client) {
                nanos.add((double) timed.nanos());
                RawHttpLoad.Answer answer = timed.answer();
                Matcher id = ID.matcher(answer.body());
                if (answer.status() == 201 && id.find()) {
                    accepted.add(id.group(1));
                } else {
                    refusals.merge(answer.status(), 1, Integer::sum);
                    if (firstRefusal == null) {
                        firstRefusal = answer.status() + " " + answer.body();
                    }
                }
            }
        }
        return new Outcome(accepted, refusals, firstRefusal, nanos.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Waits until the relay has sent every outbox row; when it was seen empty (epoch millis). */
    private static long awaitOutboxDrained(PostgresServer postgres) throws Exception {
        long deadline = System.nanoTime() + RELAY_WAIT.toNanos();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("configurator"), PostgresServer.USER,
                PostgresServer.USER); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet unsent = statement.executeQuery(
                        "select count(*) from outbox_message where sent_at is null")) {
                    unsent.next();
                    if (unsent.getLong(1) == 0) {
                        return System.currentTimeMillis();
                    }
                }
                Thread.sleep(20);
            }
        }
        return System.currentTimeMillis(); // the check below names what is missing
    }

    /** How often each order id is in customer_order. */
    private static Map<String, Integer> ordersInDatabase(PostgresServer postgres) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("configurator"), PostgresServer.USER,
                PostgresServer.USER); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id::text, count(*) from customer_order"
                        + " where idempotency_key like '" + KEY_PREFIX + "%' group by id")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static final Pattern BATCH_SIZE = Pattern.compile(
            "(?m)^orders_batch_size_(sum|count)(?:\\{[^}]*})? ([0-9.E+]+)");

    /** The service's orders written so far and its transactions that wrote them (its batch size metric). */
    private static double[] batchSizes(int port) {
        double[] sumAndCount = new double[2];
        try {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = BATCH_SIZE.matcher(metrics);
            while (matcher.find()) {
                sumAndCount["sum".equals(matcher.group(1)) ? 0 : 1] = Double.parseDouble(matcher.group(2));
            }
        } catch (IOException e) {
            return sumAndCount;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sumAndCount;
    }

    /** OrderPlaced messages on the topic: how often each order's, and the newest timestamp of each measured phase's. */
    private record Topic(Map<String, Integer> counts, long[] lastTimestamps) {
    }

    /** Reads orders.events from the beginning to its end (waiting up to a minute for every expected order). */
    private static Topic readTopic(KafkaBroker kafka, Set<String> expected, List<Set<String>> measured) {
        EventCodec codec = EventCodec.withAllKnownTypes();
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        Map<String, Integer> counts = new HashMap<>();
        long[] last = new long[measured.size()];
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ORDERS_EVENTS, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + RELAY_WAIT.toNanos();
            Set<String> missing = new HashSet<>(expected);
            Map<TopicPartition, Long> end = null;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Envelope envelope = codec.parse(record.value());
                    if (!"OrderPlaced".equals(envelope.type())) {
                        continue;
                    }
                    counts.merge(envelope.orderId(), 1, Integer::sum);
                    missing.remove(envelope.orderId());
                    for (int phase = 0; phase < last.length; phase++) {
                        if (measured.get(phase).contains(envelope.orderId())) {
                            last[phase] = Math.max(last[phase], record.timestamp());
                        }
                    }
                }
                if (missing.isEmpty()) {
                    // every expected order seen: read on to the end as it is now, to count any repeat
                    end = end == null ? consumer.endOffsets(partitions) : end;
                    Map<TopicPartition, Long> ends = end;
                    if (partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                        break;
                    }
                }
            }
        }
        return new Topic(counts, last);
    }

    /** "N of N in database, N on topic, 0 duplicates", with what is wrong named after it. */
    private static String check(Set<String> accepted, Map<String, Integer> inDatabase, Map<String, Integer> onTopic) {
        long stored = accepted.stream().filter(id -> inDatabase.getOrDefault(id, 0) == 1).count();
        long published = accepted.stream().filter(onTopic::containsKey).count();
        long duplicates = onTopic.values().stream().filter(n -> n > 1).count()
                + inDatabase.values().stream().filter(n -> n > 1).count();
        Set<String> unexpected = new HashSet<>(inDatabase.keySet());
        unexpected.removeAll(accepted);
        String text = stored + " of " + accepted.size() + " in database, " + published + " on topic";
        if (!unexpected.isEmpty()) {
            text += ", " + unexpected.size() + " orders in the database that no answer accepted";
        }
        return text + ", " + duplicates + " duplicates";
    }
}
