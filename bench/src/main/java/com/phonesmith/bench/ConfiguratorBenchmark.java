package com.phonesmith.bench;

import com.phonesmith.configurator.rules.Configurator;
import com.phonesmith.configurator.rules.Propagation;
import com.phonesmith.configurator.rules.Selection;
import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the configurator takes to answer a click. On the seeded launch catalog: configurator-api's production
 * jar answering {@code POST /api/configurations/evaluate} for random partial configurations (catalog read, rules,
 * explanations, price), one request at a time on one keep-alive connection of a plain socket, against the same
 * client's round trip to /q/health/live. (The JDK's HttpClient put its own pauses into the tail: its p99 on the
 * health check was 5-8 ms against 1.3-4 ms on the socket.) On a generated model of 2,000 options and 5,000 rules:
 * the engine alone, in this JVM.
 */
final class ConfiguratorBenchmark implements BenchMain.Benchmark {
    static final Path JAR = AuthBenchmark.ROOT.resolve("configurator-api/target/quarkus-app/quarkus-run.jar");
    /**
     * The services' JVM options: a fixed heap, as a server is run. With the heap starting small, G1's young
     * generation was about 36 MB and collected every third of a second, each pause 5-9 ms: one click in a hundred
     * waited for one. {@code PHONESMITH_BENCH_CONFIGURATOR_JVM} names other options, to compare.
     */
    static final List<String> JVM = jvm();

    private static List<String> jvm() {
        String options = System.getenv("PHONESMITH_BENCH_CONFIGURATOR_JVM");
        return options == null || options.isBlank() ? List.of("-Xms512m", "-Xmx512m", "-XX:+UseG1GC")
                : List.of(options.trim().split("\\s+"));
    }
    /** What the production profile requires of configurator-api beyond its database and broker. */
    static final Map<String, String> SETTINGS = Map.of("CONFIGURATOR_TRACKING_SECRET",
            "bench-tracking-secret-" + java.util.UUID.randomUUID(),
            // no factory runs beside it: nothing listens there, so no delivery date is promised
            "CONFIGURATOR_FACTORY_URL", "http://127.0.0.1:9");
    /**
     * Clicks before the early measurement: the engine's code is compiled by the JIT over the first few thousand (about
     * 7 ms a click in the first 200, under 1 ms after 3,000, in process).
     */
    static final int EARLY_WARM_UP = 3_000;
    /**
     * Clicks before the steady measurement (the headline figures), as a service at a launch has served long before
     * its shoppers' clicks are counted: after 4,000 the service's JIT still compiled 50 to 150 methods a second with
     * C2 (`-Xlog:jit+compilation`), about 40 % of its CPU per click, and a young collection fell in the window.
     */
    static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_SEED_WARM_UP",
            "12000"));
    static final int MEASURED = 1_000;
    /**
     * The large model's propagations before measuring: about 10 ms each once compiled, several times that over the
     * first few dozen, so a p99 of a handful after a few warm-ups would be the JIT's, not the engine's.
     */
    static final int LARGE_WARM_UP = 200;
    static final int LARGE_MEASURED = 500;
    /** The large model's propagations stop after this long, measured or not (the count is printed). */
    static final Duration LARGE_BUDGET = Duration.ofMinutes(3);
    /** Answers of the large model read in full (every option's reasons, sentence and fixes), within a budget. */
    static final int LARGE_EXPLAINED = 5;
    static final Duration LARGE_EXPLAINED_BUDGET = Duration.ofMinutes(2);
    private static final Pattern CODE = Pattern.compile("\"code\":\"([a-z0-9-]+)\"");

    private final boolean seedOnly;

    ConfiguratorBenchmark() {
        this(false);
    }

    /** seedOnly: the evaluations on the seed catalog against their floor, nothing after. */
    ConfiguratorBenchmark(boolean seedOnly) {
        this.seedOnly = seedOnly;
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String description() {
        return "configurator clicks: " + MEASURED + " evaluations of random configurations of the seed catalog over"
                + " HTTP vs /q/health/live; " + new ConfiguratorClickBenchmark().description() + "; " + new OrderIntakeBenchmark().description() + "; "
                + LARGE_MEASURED
                + " propagations (statuses; an explanation is worked out when read) on a model of 2,000 options and"
                + " 5,000 rules in process, then " + LARGE_EXPLAINED + " of its answers read in full";
    }

    @Override
    public Map<String, String> run() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build first (./phonesmith build)");
        }
        Map<String, String> figures = new Figures();
        Path work = Files.createTempDirectory("phonesmith-bench-configurator-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            postgres.ensureDatabase("configurator");
            int port = Ports.free();
            try (ChildJvm service = BenchServices.start("configurator-api", JAR, JVM, port,
                    postgres.jdbcUrl("configurator"), kafka, SETTINGS, work)) {
                URI base = URI.create("http://127.0.0.1:" + port);
                BenchServices.awaitReady(http, base, service, work);
                List<String> models = List.of("lumo-one", "lumo-pro", "nordvik-fjord", "nordvik-tundra");
                List<String> codes = optionCodes(base);
                Random random = new Random(7);
                clicks(port, clickRequests(port, models, codes, random, EARLY_WARM_UP));
                Measured early = measure(service, port, clickRequests(port, models, codes, random, MEASURED));
                clicks(port, clickRequests(port, models, codes, random,
                        Math.max(0, WARM_UP - EARLY_WARM_UP - MEASURED)));
                Measured steady = measure(service, port, clickRequests(port, models, codes, random, MEASURED));
                double[] floor = clicks(port, java.util.Collections.nCopies(MEASURED,
                        RawHttpLoad.request("GET", "127.0.0.1", port, "/q/health/live", null, null)));
                figures.put("propagation-p99-seed-ms", Figures.ms(Figures.percentile(steady.nanos(), 99)));
                figures.put("propagation-p50-seed-ms", Figures.ms(Figures.percentile(steady.nanos(), 50)));
                figures.put("evaluate-cpu-ms-per-click", String.format("%.2f", steady.cpuMsPerClick()));
                figures.put("propagation-p99-seed-early-ms", Figures.ms(Figures.percentile(early.nanos(), 99)));
                figures.put("propagation-p50-seed-early-ms", Figures.ms(Figures.percentile(early.nanos(), 50)));
                figures.put("evaluate-cpu-ms-per-click-early", String.format("%.2f", early.cpuMsPerClick()));
                figures.put("floor-http-p99-ms", Figures.ms(Figures.percentile(floor, 99)));
                figures.put("floor-http-p50-ms", Figures.ms(Figures.percentile(floor, 50)));
            }
        }
        BenchServices.deleteQuietly(work);
        if (seedOnly) {
            figures.put("settings", settings(false));
            return figures;
        }
        new ConfiguratorClickBenchmark().measure(figures);
        new OrderIntakeBenchmark().measure(figures);
        double[] large = large();
        figures.put("propagation-large-measured", large.length + " of " + LARGE_MEASURED + " (budget "
                + LARGE_BUDGET.toMinutes() + " min)");
        figures.put("propagation-p99-large-ms", large.length == 0 ? "none finished" : Figures.ms(Figures.percentile(large, 99)));
        figures.put("propagation-p50-large-ms", large.length == 0 ? "none finished" : Figures.ms(Figures.percentile(large, 50)));
        double[] explained = largeExplained();
        figures.put("propagation-explained-large-measured", explained.length + " of " + LARGE_EXPLAINED + " (budget "
                + LARGE_EXPLAINED_BUDGET.toMinutes() + " min)");
        figures.put("propagation-explained-p50-large-ms", explained.length == 0 ? "none finished"
                : Figures.ms(Figures.percentile(explained, 50)));
        figures.put("propagation-explained-max-large-ms", explained.length == 0 ? "none finished"
                : Figures.ms(Figures.percentile(explained, 100)));
        figures.put("settings", settings(true));
        return figures;
    }

    /** Each click's time, request written to answer read, and the service's CPU per click over them. */
    private record Measured(double[] nanos, double cpuMsPerClick) {
    }

    private static Measured measure(ChildJvm service, int port, List<byte[]> requests) throws Exception {
        long cpu = cpuNanos(service);
        double[] nanos = clicks(port, requests);
        return new Measured(nanos, (cpuNanos(service) - cpu) / 1e6 / requests.size());
    }

    private static String settings(boolean large) {
        return "configurator-api: java " + String.join(" ", JVM) + " (full tiered JIT), prod profile, one client (a"
                + " keep-alive socket), measured after " + WARM_UP + " clicks (early: after " + EARLY_WARM_UP
                + "), PostgreSQL durable"
                + (large ? "; large model: this JVM (" + String.join(" ",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) + ")" : "")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    private List<String> optionCodes(URI base) throws Exception {
        String catalog = http.send(HttpRequest.newBuilder(base.resolve("/api/catalog")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int features = catalog.indexOf("\"features\"");
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(catalog.substring(features));
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** Random clicks as requests: a model, up to four options chosen, Firefox removed one time in four. */
    private static List<byte[]> clickRequests(int port, List<String> models, List<String> codes, Random random,
            int count) {
        List<byte[]> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String model = models.get(random.nextInt(models.size()));
            List<String> chosen = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                String code = codes.get(random.nextInt(codes.size()));
                if (!chosen.contains(code)) {
                    chosen.add(code);
                }
            }
            String removed = random.nextInt(4) == 0 && !chosen.contains("firefox") ? "[\"firefox\"]" : "[]";
            String body = "{\"model\":\"" + model + "\",\"chosen\":[" + String.join(",",
                    chosen.stream().map(c -> "\"" + c + "\"").toList()) + "],\"removed\":" + removed + "}";
            requests.add(RawHttpLoad.request("POST", "127.0.0.1", port, "/api/configurations/evaluate",
                    "application/json", body));
        }
        return requests;
    }

    /** Sends the requests one at a time on one connection; each one's time, request written to answer read. */
    private static double[] clicks(int port, List<byte[]> requests) throws Exception {
        List<RawHttpLoad.Timed> answers = RawHttpLoad.closedLoop("127.0.0.1", port, List.of(requests)).get(0);
        double[] nanos = new double[answers.size()];
        for (int i = 0; i < nanos.length; i++) {
            RawHttpLoad.Answer answer = answers.get(i).answer();
            if (answer.status() != 200) {
                throw new IllegalStateException("request " + i + " answered " + answer.status() + ": "
                        + answer.body());
            }
            nanos[i] = answers.get(i).nanos();
        }
        return nanos;
    }

    /**
     * Propagations of random partial configurations (the planted configuration's values for a few options): every
     * option's status; an option's reasons, sentence and fixes are worked out when read, which this does not.
     */
    private static double[] large() {
        LargeFeatureModel large = LargeFeatureModel.generate(2000, 5000, 42);
        Configurator configurator = new Configurator(large.model, LargeFeatureModel.VARIANTS);
        Random random = new Random(11);
        double[] nanos = new double[LARGE_MEASURED];
        long deadline = System.nanoTime() + LARGE_BUDGET.toNanos();
        int measured = 0;
        for (int i = -LARGE_WARM_UP; i < LARGE_MEASURED && System.nanoTime() < deadline; i++) {
            Selection selection = largeSelection(large, random);
            long start = System.nanoTime();
            configurator.propagate(selection);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
                measured++;
            }
        }
        return Arrays.copyOf(nanos, measured);
    }

    /**
     * Answers of other random partial configurations of the large model read in full, as the configurator page reads
     * them: every status, and the reasons, sentence and fixes of up to 64 included or excluded options and of every
     * colour and storage size that does not fit. The first one warms up.
     */
    private static double[] largeExplained() {
        LargeFeatureModel large = LargeFeatureModel.generate(2000, 5000, 42);
        Configurator configurator = new Configurator(large.model, LargeFeatureModel.VARIANTS);
        Random random = new Random(13);
        double[] nanos = new double[LARGE_EXPLAINED];
        long deadline = System.nanoTime() + LARGE_EXPLAINED_BUDGET.toNanos();
        int measured = 0;
        for (int i = -1; i < LARGE_EXPLAINED && System.nanoTime() < deadline; i++) {
            Selection selection = largeSelection(large, random);
            long start = System.nanoTime();
            Propagation answer = configurator.propagate(selection);
            answer.options().forEach(o -> o.fixes().size());
            answer.colours().forEach(v -> v.fixes().size());
            answer.storages().forEach(v -> v.fixes().size());
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
                measured++;
            }
        }
        return Arrays.copyOf(nanos, measured);
    }

    private static Selection largeSelection(LargeFeatureModel large, Random random) {
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            int option = random.nextInt(large.planted.length);
            decisions.put(LargeFeatureModel.code(option), large.planted[option]);
        }
        return new Selection(null, random.nextBoolean() ? 256 : null, decisions);
    }

    /** The CPU time a service's process has used so far (all its threads). */
    static long cpuNanos(ChildJvm process) {
        return ProcessHandle.of(process.pid()).flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos).orElseThrow(() -> new IllegalStateException("no CPU time of " + process.name()));
    }
}
