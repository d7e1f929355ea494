package com.phonesmith.bench;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the security check costs a read: {@code GET /api/orders/{id}} of configurator-api with a shopper's token
 * (JWT signature and claims verified, role and owner checked), against the same call on the same database to a
 * second configurator-api built with the {@code bench} profile, whose only difference is that it takes every
 * request for support's without looking for a token. Both run the production JIT and the same heap; rounds
 * alternate between them (which one goes first alternates too), and the figure is the median of the rounds'
 * pairwise overheads.
 */
final class AuthBenchmark implements BenchMain.Benchmark {
    static final Path ROOT = Path.of(System.getProperty("phonesmith.root", ".")).toAbsolutePath().normalize();
    static final Path REAL = ROOT.resolve("configurator-api/target/quarkus-app/quarkus-run.jar");
    static final Path BYPASS = ROOT.resolve("configurator-api/target/bench-app/quarkus-run.jar");
    static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseG1GC");
    static final int CLIENTS = 4;
    static final int WARM_UP_REQUESTS = 20_000;
    static final int ROUND_REQUESTS = 6_000;
    static final int ROUNDS = 15;
    static final int FRESH_TOKENS = 4_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String description() {
        return "GET /api/orders/{id} with a verified token vs the same call with the check bypassed ("
                + CLIENTS + " clients, median over " + ROUNDS + " pairs of back-to-back rounds of " + ROUND_REQUESTS
                + ", the pair's order alternating)";
    }

    @Override
    public Map<String, String> run() throws Exception {
        for (Path jar : List.of(REAL, BYPASS)) {
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run the benchmark with ./phonesmith bench auth,"
                        + " which builds it");
            }
        }
        // kept when the benchmark fails, for the services' logs
        Path work = Files.createTempDirectory("phonesmith-bench-auth-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(),
                Durability.DURABLE, work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            postgres.ensureDatabase("configurator");
            int realPort = Ports.free();
            int bypassPort = Ports.free();
            try (ChildJvm real = start("configurator-real", REAL, realPort, postgres, kafka, work);
                    ChildJvm bypass = start("configurator-bypass", BYPASS, bypassPort, postgres, kafka, work)) {
                URI realBase = URI.create("http://127.0.0.1:" + realPort);
                URI bypassBase = URI.create("http://127.0.0.1:" + bypassPort);
                BenchServices.awaitReady(http, realBase, real, work);
                BenchServices.awaitReady(http, bypassBase, bypass, work);

                String account = "bench-shopper-" + UUID.randomUUID();
                String token = TestTokens.get().shopper(account);
                String orderId = placeOrder(realBase, token);
                HttpRequest authenticated = HttpRequest.newBuilder(realBase.resolve("/api/orders/" + orderId))
                        .header("Authorization", "Bearer " + token).GET().build();
                HttpRequest bypassed = HttpRequest.newBuilder(bypassBase.resolve("/api/orders/" + orderId)).GET().build();
                requireOk(authenticated);
                requireOk(bypassed);

                load(authenticated, WARM_UP_REQUESTS);
                load(bypassed, WARM_UP_REQUESTS);
                double[] authMicros = new double[ROUNDS];
                double[] bypassMicros = new double[ROUNDS];
                double[] authCpu = new double[ROUNDS];
                double[] bypassCpu = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    // the pair's order alternates, so a machine getting busier or quieter favours neither side
                    if (round % 2 == 0) {
                        authMicros[round] = load(authenticated, real, authCpu, round);
                        bypassMicros[round] = load(bypassed, bypass, bypassCpu, round);
                    } else {
                        bypassMicros[round] = load(bypassed, bypass, bypassCpu, round);
                        authMicros[round] = load(authenticated, real, authCpu, round);
                    }
                }
                double auth = median(authMicros);
                double open = median(bypassMicros);
                // each round's pair ran back to back, so its ratio is the least disturbed by the machine's drift
                double[] roundOverheads = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    roundOverheads[round] = (authMicros[round] - bypassMicros[round]) / bypassMicros[round] * 100;
                }

                // the worst case: every request with a token the service has never seen (a verification each)
                List<HttpRequest> fresh = new ArrayList<>();
                for (int i = 0; i < FRESH_TOKENS; i++) {
                    fresh.add(HttpRequest.newBuilder(realBase.resolve("/api/orders/" + orderId))
                            .header("Authorization", "Bearer " + TestTokens.get().shopper(account)).GET().build());
                }
                double freshAuth = load(fresh);
                double freshOpen = load(Collections.nCopies(FRESH_TOKENS, bypassed));
                Map<String, String> figures = new LinkedHashMap<>();
                figures.put("auth-overhead-pct", String.format("%.1f", median(roundOverheads)));
                figures.put("auth-overhead-rounds-pct", Arrays.stream(roundOverheads).sorted()
                        .mapToObj(v -> String.format("%.1f", v)).collect(java.util.stream.Collectors.joining(" ")));
                figures.put("auth-latency-mean-us", String.format("%.0f", auth));
                figures.put("bypass-latency-mean-us", String.format("%.0f", open));
                figures.put("auth-overhead-new-token-pct", String.format("%.1f", (freshAuth - freshOpen) / freshOpen * 100));
                double cpuAuth = median(authCpu);
                double cpuOpen = median(bypassCpu);
                figures.put("auth-cpu-us-per-request", String.format("%.0f", cpuAuth));
                figures.put("bypass-cpu-us-per-request", String.format("%.0f", cpuOpen));
                figures.put("auth-cpu-overhead-pct", String.format("%.1f", (cpuAuth - cpuOpen) / cpuOpen * 100));
                figures.put("auth-requests-per-s", String.format("%.0f", CLIENTS * 1e6 / auth));
                figures.put("bypass-requests-per-s", String.format("%.0f", CLIENTS * 1e6 / open));
                figures.put("settings", "both services: java " + String.join(" ", JVM)
                        + " (full tiered JIT), prod profile, RS256 token of 2048-bit key, " + CLIENTS
                        + " keep-alive HTTP/1.1 clients on the same 2 cores; PostgreSQL "
                        + postgres.durability().describe());
                BenchServices.deleteQuietly(work);
                return figures;
            }
        }
    }

    private static ChildJvm start(String name, Path jar, int port, PostgresServer postgres, KafkaBroker kafka,
            Path work) throws IOException {
        return BenchServices.start(name, jar, JVM, port, postgres.jdbcUrl("configurator"), kafka,
                Map.of("CONFIGURATOR_TRACKING_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID(),
                        "CONFIGURATOR_FACTORY_URL", "http://127.0.0.1:9"), work);
    }

    private String placeOrder(URI base, String token) throws Exception {
        HttpRequest place = HttpRequest.newBuilder(base.resolve("/api/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"lumo-one\",\"colour\":\"ink\",\"storageGb\":64,"
                        + "\"customerEmail\":\"bench@example.org\"}")).build();
        HttpResponse<String> answer = http.send(place, HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("placing the benchmark's order answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return id.group(1);
    }

    private void requireOk(HttpRequest request) throws Exception {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** One round of {@link #ROUND_REQUESTS} to a service: its mean latency; its CPU per request goes to {@code cpu}. */
    private double load(HttpRequest request, ChildJvm service, double[] cpu, int round) throws Exception {
        long before = cpuNanos(service);
        double micros = load(request, ROUND_REQUESTS);
        cpu[round] = (cpuNanos(service) - before) / 1000.0 / ROUND_REQUESTS;
        return micros;
    }

    /** Sends {@code total} requests from {@link #CLIENTS} threads; the mean latency in microseconds. */
    private double load(HttpRequest request, int total) throws Exception {
        return load(Collections.nCopies(total, request));
    }

    /** Sends the requests from {@link #CLIENTS} threads, each its share in turn; the mean latency in microseconds. */
    private double load(List<HttpRequest> requests) throws Exception {
        int total = requests.size();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        LongAdder nanos = new LongAdder();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                for (int i = 0; i < total / CLIENTS; i++) {
                    HttpRequest request = requests.get(client * (total / CLIENTS) + i);
                    long start = System.nanoTime();
                    HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                    nanos.add(System.nanoTime() - start);
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " answered " + answer.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        clients.shutdown();
        return nanos.sum() / 1000.0 / (total / CLIENTS * CLIENTS);
    }

    /** The CPU time the service's process has used so far (all its threads). */
    private static long cpuNanos(ChildJvm process) {
        return ProcessHandle.of(process.pid()).flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos).orElseThrow(() -> new IllegalStateException("no CPU time of " + process.name()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
