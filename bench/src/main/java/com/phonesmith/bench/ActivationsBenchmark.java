package com.phonesmith.bench;

import com.phonesmith.contracts.devices.DeviceProof;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * activations under load: {@code activations-per-s}, handsets activating over HTTP (proof checked, committed
 * durably with its outbox row, concurrent ones in one transaction) from concurrent clients, against {@code floor-http-per-s}, the same clients on the
 * same service's cheapest endpoint; and {@code month-close-30m-s}, closing a month over 30 million devices
 * generated in PostgreSQL, against {@code floor-scan-s}, one full scan of the same spans of use.
 * {@code PHONESMITH_BENCH_DEVICES} sets another number of devices for the close (the figure is then named after it).
 * <p>
 * The activations are measured twice: early, the 40,000 after the first 10,000 (the figures named {@code -early}),
 * while the JIT compiler still takes a large share of the service's CPU; and steady, the 40,000 after
 * {@code PHONESMITH_BENCH_WARM_UP} more (100,000 by default), the headline figures.
 */
final class ActivationsBenchmark implements BenchMain.Benchmark {
    static final Path JAR = AuthBenchmark.ROOT.resolve("activations/target/quarkus-app/quarkus-run.jar");
    static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseG1GC");
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_CLIENTS", "16"));
    static final int WARM_UP = 10_000;
    static final int MEASURED = 40_000;
    static final int STEADY_WARM_UP = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_WARM_UP",
            "100000"));
    static final byte[] SECRET = "the benchmark's device secret".getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final long closeDevices = Long.parseLong(System.getenv().getOrDefault("PHONESMITH_BENCH_DEVICES", "30000000"));

    @Override
    public String description() {
        return MEASURED + " activations from " + CLIENTS + " clients vs the same clients on /q/health/live; closing a"
                + " month over " + closeDevices + " devices vs one scan of their spans of use";
    }

    @Override
    public Map<String, String> run() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build first (./phonesmith build)");
        }
        Path work = Files.createTempDirectory("phonesmith-bench-activations-");
        Map<String, String> figures = new LinkedHashMap<>();
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            postgres.ensureDatabase("activations");
            int port = Ports.free();
            try (ChildJvm service = start(port, postgres, kafka, work)) {
                URI base = URI.create("http://127.0.0.1:" + port);
                BenchServices.awaitReady(http, base, service, work);
                String verifier = DeviceProof.verifierOf(SECRET);
                List<String> warmUp = provision(postgres, WARM_UP, verifier, "35");
                List<String> early = provision(postgres, MEASURED, verifier, "36");
                List<String> steadyWarmUp = provision(postgres, STEADY_WARM_UP, verifier, "37");
                List<String> measured = provision(postgres, MEASURED, verifier, "86");

                activate(base, warmUp);
                floor(base, WARM_UP);
                Map<String, String> earlyFigures = measure(base, service, postgres, early);
                activate(base, steadyWarmUp);
                figures.putAll(measure(base, service, postgres, measured));
                earlyFigures.forEach((name, value) -> figures.put(name + "-early", value));

                String name = closeDevices == 30_000_000 ? "30m" : Long.toString(closeDevices);
                double[] close = monthClose(postgres, base);
                figures.put("month-close-" + name + "-s", String.format("%.1f", close[0]));
                figures.put("floor-scan-s", String.format("%.1f", close[1]));
                figures.put("generate-" + name + "-s", String.format("%.0f", close[2]));
                figures.put("settings", "activations: java " + String.join(" ", JVM) + " (full tiered JIT), prod"
                        + " profile, " + CLIENTS + " keep-alive HTTP/1.1 socket clients on the same "
                        + Runtime.getRuntime().availableProcessors() + " cores; PostgreSQL "
                        + postgres.durability().describe() + ", " + describeBatches());
            }
        }
        BenchServices.deleteQuietly(work);
        return figures;
    }

    /** The floor, then the given devices activating: the rate of each and the CPU per activation. */
    private static Map<String, String> measure(URI base, ChildJvm service, PostgresServer postgres, List<String> imeis)
            throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        double floorSeconds = floor(base, MEASURED);
        double serviceCpu = cpuSeconds(service.pid());
        double postgresCpu = postgresCpuSeconds(postgres);
        double seconds = activate(base, imeis);
        serviceCpu = cpuSeconds(service.pid()) - serviceCpu;
        postgresCpu = postgresCpuSeconds(postgres) - postgresCpu;
        figures.put("activations-per-s", String.format("%.0f", imeis.size() / seconds));
        figures.put("floor-http-per-s", String.format("%.0f", MEASURED / floorSeconds));
        figures.put("service-cpu-us-per-activation", String.format("%.0f", serviceCpu * 1e6 / imeis.size()));
        figures.put("postgres-cpu-us-per-activation", String.format("%.0f", postgresCpu * 1e6 / imeis.size()));
        return figures;
    }

    private static ChildJvm start(int port, PostgresServer postgres, KafkaBroker kafka, Path work) throws IOException {
        return BenchServices.start("activations", JAR, JVM, port, postgres.jdbcUrl("activations"), kafka, batchSettings(),
                work);
    }

    /**
     * The service's group commit as shipped, or as {@code PHONESMITH_BENCH_BATCH_MAX_SIZE},
     * {@code PHONESMITH_BENCH_BATCH_MAX_WAIT} (e.g. 2ms) and {@code PHONESMITH_BENCH_BATCH_WRITERS} set it, as
     * environment variables of the service.
     */
    static Map<String, String> batchSettings() {
        Map<String, String> environment = new LinkedHashMap<>();
        String size = System.getenv("PHONESMITH_BENCH_BATCH_MAX_SIZE");
        String wait = System.getenv("PHONESMITH_BENCH_BATCH_MAX_WAIT");
        if (size != null && !size.isBlank()) {
            environment.put("ACTIVATIONS_BATCH_MAX_SIZE", size);
        }
        if (wait != null && !wait.isBlank()) {
            environment.put("ACTIVATIONS_BATCH_MAX_WAIT", wait);
        }
        String writers = System.getenv("PHONESMITH_BENCH_BATCH_WRITERS");
        if (writers != null && !writers.isBlank()) {
            environment.put("ACTIVATIONS_BATCH_WRITERS", writers);
        }
        return environment;
    }

    private static String describeBatches() {
        Map<String, String> set = batchSettings();
        return "activations in batches (group commit) of at most " + set.getOrDefault("ACTIVATIONS_BATCH_MAX_SIZE", "64")
                + ", waiting at most " + set.getOrDefault("ACTIVATIONS_BATCH_MAX_WAIT", "0ms") + " for more, "
                + set.getOrDefault("ACTIVATIONS_BATCH_WRITERS", "1") + " written at once, one commit per batch, each"
                + " answered after it";
    }

    /** A process's own CPU time so far (user + system, all its threads, and its children it waited for), from /proc. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** PostgreSQL's CPU time so far: the postmaster's and every backend's (the pool's connections stay open). */
    static double postgresCpuSeconds(PostgresServer postgres) {
        try {
            long pid = Long.parseLong(Files.readAllLines(postgres.dataDir().resolve("postmaster.pid")).get(0).trim());
            return cpuSeconds(pid) + java.util.Optional.of(pid).flatMap(ProcessHandle::of).stream()
                    .flatMap(ProcessHandle::descendants).mapToDouble(p -> cpuSeconds(p.pid())).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Provisions devices as DeviceProvisioned would, all with the same secret; their IMEIs. */
    private static List<String> provision(PostgresServer postgres, int count, String verifier, String prefix)
            throws Exception {
        List<String> imeis = new ArrayList<>(count);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("activations"), PostgresServer.USER,
                PostgresServer.USER); PreparedStatement insert = connection.prepareStatement("insert into device"
                        + " (imei, maker, model, order_id, verifier, provisioned_at) values (?, 'lumo', 'lumo-one', ?, ?, now())")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String imei = imei(prefix, i);
                imeis.add(imei);
                insert.setString(1, imei);
                insert.setString(2, "bench-" + i);
                insert.setString(3, verifier);
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return imeis;
    }

    /** A 15-digit IMEI with its Luhn check digit. */
    static String imei(String prefix, int n) {
        String body = prefix + String.format("%012d", n);
        for (int check = 0; check < 10; check++) {
            String candidate = body + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** Activates every device once, from {@link #CLIENTS} connections; the seconds it took. Proofs are made beforehand. */
    private static double activate(URI base, List<String> imeis) throws Exception {
        String verifier = DeviceProof.verifierOf(SECRET);
        Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
        List<byte[]> requests = new ArrayList<>(imeis.size());
        for (String imei : imeis) {
            String nonce = UUID.randomUUID().toString().replace("-", "");
            String proof = DeviceProof.proof(verifier, DeviceProof.ACTIVATE, imei, now, nonce);
            requests.add(RawHttpLoad.request("POST", base.getHost(), base.getPort(), "/api/devices/" + imei
                    + "/activation", "application/json", "{\"timestamp\":\"" + now + "\",\"nonce\":\"" + nonce
                    + "\",\"proof\":\"" + proof + "\"}"));
        }
        return RawHttpLoad.send(base.getHost(), base.getPort(), requests, CLIENTS, 201);
    }

    private static double floor(URI base, int count) throws Exception {
        return RawHttpLoad.liveSeconds(base.getHost(), base.getPort(), count, CLIENTS);
    }

    /**
     * Generates {@link #closeDevices} devices of two makers activated over 2026 with one span of use each, then closes
     * June 2026 through the API and scans the spans once; [close seconds, scan seconds, generation seconds].
     */
    private double[] monthClose(PostgresServer postgres, URI base) throws Exception {
        long t0 = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("activations"), PostgresServer.USER,
                PostgresServer.USER); Statement statement = connection.createStatement()) {
            statement.execute("insert into device (imei, maker, model, order_id, verifier, provisioned_at, activated_at,"
                    + " last_seen_at) select '9' || lpad(g::text, 14, '0'), case when g % 3 = 0 then 'nordvik' else 'lumo'"
                    + " end, 'model-' || (g % 8), 'order-' || g, 'v', t.at, t.at, t.at + (g % 200) * interval '1 day'"
                    + " from generate_series(1, " + closeDevices + ") g,"
                    + " lateral (select timestamptz '2026-01-01' + (g % 15552000) * interval '1 second' as at) t");
            statement.execute("insert into usage_period (imei, started_at, last_seen_at)"
                    + " select imei, activated_at, last_seen_at from device where imei like '9%'");
            statement.execute("analyze device");
            statement.execute("analyze usage_period");
        }
        double generated = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        HttpResponse<String> closed = http.send(HttpRequest.newBuilder(base.resolve("/api/statements/2026-06/close"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + TestTokens.get().forRole("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double close = (System.nanoTime() - t1) / 1e9;
        if (closed.statusCode() != 201) {
            throw new IllegalStateException("closing the month answered " + closed.statusCode() + ": " + closed.body());
        }

        long t2 = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("activations"), PostgresServer.USER,
                PostgresServer.USER); Statement statement = connection.createStatement()) {
            statement.executeQuery("select count(*) from usage_period where last_seen_at > started_at - interval '1 day'")
                    .close();
        }
        double scan = (System.nanoTime() - t2) / 1e9;
        return new double[] {close, scan, generated};
    }
}
