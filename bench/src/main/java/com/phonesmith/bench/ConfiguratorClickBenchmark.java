package com.phonesmith.bench;

import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A click on the configurator page as a shopper's browser makes it: web's {@code GET /configure/{model}?...} (the
 * address of the next state; htmx swaps the configurator out of the answer), which asks configurator-api to
 * evaluate the decisions and renders the page. 50 shoppers click at once, each on its own keep-alive connection,
 * one click after the other (a closed loop), through web and configurator-api, both production jars.
 */
final class ConfiguratorClickBenchmark implements BenchMain.Benchmark {
    static final Path WEB_JAR = AuthBenchmark.ROOT.resolve("web/target/quarkus-app/quarkus-run.jar");
    static final int SHOPPERS = 50;
    static final int CLICKS_PER_SHOPPER = 40;
    /**
     * Before measuring, a few shoppers click long enough for the JIT to compile the path: 750 clicks each before the
     * early measurement; before the steady one (the headline figures), rounds of {@link #WARM_UP_ROUND} clicks until
     * in the last round the JIT compiler threads took under {@link #JIT_SETTLED} of each service's CPU, at most
     * {@code PHONESMITH_BENCH_CLICK_WARM_UP} clicks in all (100,000 by default). After 21,000-29,000 clicks the
     * compilers still took 17-24 % of web's CPU, and under 5 % only after 37,000-45,000: the old fixed 12,000 was far
     * too short, and any fixed count is too short or too long on another machine.
     */
    static final int WARM_UP_SHOPPERS = 4;
    static final int EARLY_WARM_UP_CLICKS = 750;
    static final int WARM_UP_ROUND = 4_000;
    static final double JIT_SETTLED = 0.05;
    static final int MAX_WARM_UP_CLICKS = Integer.parseInt(System.getenv().getOrDefault(
            "PHONESMITH_BENCH_CLICK_WARM_UP", "100000"));
    private static final List<String> MODELS = List.of("lumo-one", "lumo-pro", "nordvik-fjord", "nordvik-tundra");
    private static final List<String> OPTIONS = List.of("games-pack", "osmand", "offline-video", "offline-music",
            "office-suite", "photo-editor", "kids-mode", "work-profile", "desktop-mode", "microg", "navigator-pro",
            "signal", "launcher-focus", "secure-folder", "on-device-assistant", "dual-apps", "call-recording");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String description() {
        return "configurator clicks through the page: " + SHOPPERS + " shoppers at once, " + CLICKS_PER_SHOPPER
                + " clicks each, web and configurator-api production jars";
    }

    @Override
    public Map<String, String> run() throws Exception {
        Map<String, String> figures = new Figures();
        measure(figures);
        return figures;
    }

    /** Measures the clicks, putting the figures into {@code figures}. */
    void measure(Map<String, String> figures) throws Exception {
        for (Path jar : List.of(ConfiguratorBenchmark.JAR, WEB_JAR)) {
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (./phonesmith build)");
            }
        }
        Path work = Files.createTempDirectory("phonesmith-bench-click-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            postgres.ensureDatabase("configurator");
            postgres.ensureDatabase("web");
            int configuratorPort = Ports.free();
            int webPort = Ports.free();
            String configuratorUrl = "http://127.0.0.1:" + configuratorPort;
            Map<String, String> webSettings = new LinkedHashMap<>();
            webSettings.put("PHONESMITH_WEB_CONFIGURATOR_URL", configuratorUrl);
            // the page of a click calls only configurator-api; the other services are not started
            webSettings.put("PHONESMITH_WEB_WORKFLOW_URL", "http://127.0.0.1:9");
            webSettings.put("PHONESMITH_WEB_FACTORY_URL", "http://127.0.0.1:9");
            webSettings.put("PHONESMITH_WEB_ACTIVATIONS_URL", "http://127.0.0.1:9");
            webSettings.put("PHONESMITH_WEB_KEYS_DIR", work.resolve("web-keys").toString());
            webSettings.put("PHONESMITH_WEB_GENERATE_KEYS", "true");
            webSettings.put("PHONESMITH_WEB_FACTORY_CLIENT_SECRET", "bench-factory-client-secret-0123456789");
            try (ChildJvm configurator = BenchServices.start("configurator-api", ConfiguratorBenchmark.JAR,
                    ConfiguratorBenchmark.JVM, configuratorPort, postgres.jdbcUrl("configurator"), kafka,
                    ConfiguratorBenchmark.SETTINGS,
                    work);
                    ChildJvm web = BenchServices.start("web", WEB_JAR, ConfiguratorBenchmark.JVM, webPort,
                            postgres.jdbcUrl("web"), kafka, webSettings, work)) {
                BenchServices.awaitReady(http, URI.create(configuratorUrl), configurator, work);
                BenchServices.awaitReady(http, URI.create("http://127.0.0.1:" + webPort), web, work);
                Random random = new Random(5);
                clicks(webPort, random, WARM_UP_SHOPPERS, EARLY_WARM_UP_CLICKS);
                measure(configurator, web, webPort, random, figures, "-early");
                int warmedUp = WARM_UP_SHOPPERS * EARLY_WARM_UP_CLICKS + SHOPPERS * CLICKS_PER_SHOPPER;
                warmedUp += untilTheJitSettles(configurator, web, webPort, random, warmedUp, figures);
                figures.put("click-warm-up", Integer.toString(warmedUp));
                measure(configurator, web, webPort, random, figures, "");
            }
        }
        BenchServices.deleteQuietly(work);
        figures.put("click-settings", SHOPPERS + " shoppers, closed loop, measured once the JIT settled (rounds of "
                + WARM_UP_ROUND + " clicks until its compilers took under " + Math.round(JIT_SETTLED * 100)
                + " % of each service's CPU, at most " + MAX_WARM_UP_CLICKS + " clicks; early: after "
                + WARM_UP_SHOPPERS * EARLY_WARM_UP_CLICKS + "); web and configurator-api: java "
                + String.join(" ", ConfiguratorBenchmark.JVM) + " (full tiered JIT), prod profile; PostgreSQL durable;"
                + " load generator, services and database on the same " + Runtime.getRuntime().availableProcessors()
                + " cores");
    }

    /**
     * Warm-up rounds until, over the last one, the JIT compiler threads of both services took under
     * {@link #JIT_SETTLED} of their CPU, or {@link #MAX_WARM_UP_CLICKS} were clicked in all. Puts each service's JIT
     * share of that last round; answers the clicks made.
     */
    private static int untilTheJitSettles(ChildJvm configurator, ChildJvm web, int webPort, Random random,
            int alreadyClicked, Map<String, String> figures) throws Exception {
        int clicked = 0;
        double configuratorShare;
        double webShare;
        do {
            JitActivity configuratorBefore = JitActivity.of(configurator.pid());
            JitActivity webBefore = JitActivity.of(web.pid());
            clicks(webPort, random, WARM_UP_SHOPPERS, WARM_UP_ROUND / WARM_UP_SHOPPERS);
            clicked += WARM_UP_ROUND;
            configuratorShare = JitActivity.of(configurator.pid()).shareSince(configuratorBefore);
            webShare = JitActivity.of(web.pid()).shareSince(webBefore);
            System.err.printf("click warm-up: %d clicks, JIT compilers took web %.0f %%, configurator-api %.0f %%%n",
                    alreadyClicked + clicked, webShare * 100, configuratorShare * 100);
        } while ((configuratorShare >= JIT_SETTLED || webShare >= JIT_SETTLED)
                && alreadyClicked + clicked + WARM_UP_ROUND <= MAX_WARM_UP_CLICKS);
        figures.put("click-jit-share-before", String.format("web %.0f %%, configurator-api %.0f %% of their CPU in the"
                + " last %d warm-up clicks", webShare * 100, configuratorShare * 100, WARM_UP_ROUND));
        return clicked;
    }

    /** 50 shoppers' clicks, their figures put with the suffix (before "-ms" where there is one). */
    private static void measure(ChildJvm configurator, ChildJvm web, int webPort, Random random,
            Map<String, String> figures, String suffix) throws Exception {
        long configuratorCpu = ConfiguratorBenchmark.cpuNanos(configurator);
        long webCpu = ConfiguratorBenchmark.cpuNanos(web);
        Clicks measured = clicks(webPort, random, SHOPPERS, CLICKS_PER_SHOPPER);
        int count = measured.nanos().length;
        configuratorCpu = ConfiguratorBenchmark.cpuNanos(configurator) - configuratorCpu;
        webCpu = ConfiguratorBenchmark.cpuNanos(web) - webCpu;
        figures.put("configurator-click-p95" + suffix + "-ms", Figures.ms(Figures.percentile(measured.nanos(), 95)));
        figures.put("configurator-click-p50" + suffix + "-ms", Figures.ms(Figures.percentile(measured.nanos(), 50)));
        figures.put("configurator-click-p99" + suffix + "-ms", Figures.ms(Figures.percentile(measured.nanos(), 99)));
        figures.put("configurator-click-failed" + suffix, measured.failed() + " of " + count
                + (measured.failed() == 0 ? "" : " (first: " + measured.firstFailure() + ")"));
        figures.put("click-configurator-api-cpu" + suffix + "-ms", String.format("%.2f", configuratorCpu / 1e6 / count));
        figures.put("click-web-cpu" + suffix + "-ms", String.format("%.2f", webCpu / 1e6 / count));
    }

    /** The time of every click, request sent to page read, and the clicks that did not answer the page. */
    record Clicks(double[] nanos, int failed, String firstFailure) {
    }

    /** Each shopper clicks {@code perShopper} times, all shoppers at once. */
    private static Clicks clicks(int port, Random random, int shoppers, int perShopper) throws Exception {
        List<List<byte[]>> requests = new ArrayList<>();
        for (int s = 0; s < shoppers; s++) {
            List<byte[]> mine = new ArrayList<>();
            for (int c = 0; c < perShopper; c++) {
                mine.add(RawHttpLoad.request("GET", "127.0.0.1", port, clickPath(random), null, null));
            }
            requests.add(mine);
        }
        ExecutorService pool = Executors.newFixedThreadPool(shoppers);
        try {
            List<Future<Clicks>> answers = new ArrayList<>();
            for (List<byte[]> mine : requests) {
                answers.add(pool.submit(() -> shopper(port, mine)));
            }
            double[] all = new double[shoppers * perShopper];
            int i = 0;
            int failed = 0;
            String firstFailure = null;
            for (Future<Clicks> answer : answers) {
                Clicks one = answer.get();
                for (double nanos : one.nanos()) {
                    all[i++] = nanos;
                }
                failed += one.failed();
                firstFailure = firstFailure == null ? one.firstFailure() : firstFailure;
            }
            return new Clicks(all, failed, firstFailure);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Clicks shopper(int port, List<byte[]> clicks) throws Exception {
        double[] nanos = new double[clicks.size()];
        int failed = 0;
        String firstFailure = null;
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            for (int i = 0; i < clicks.size(); i++) {
                long start = System.nanoTime();
                out.write(clicks.get(i));
                out.flush();
                RawHttpLoad.Answer answer = RawHttpLoad.read(in);
                nanos[i] = System.nanoTime() - start;
                if (answer.status() != 200 || !answer.body().contains("id=\"configurator\"")) {
                    failed++;
                    firstFailure = firstFailure != null ? firstFailure : "HTTP " + answer.status();
                }
            }
        }
        return new Clicks(nanos, failed, firstFailure);
    }

    /** The address of a configurator state: a model, maybe a storage size, up to four options chosen. */
    private static String clickPath(Random random) {
        StringBuilder path = new StringBuilder("/configure/").append(MODELS.get(random.nextInt(MODELS.size())));
        List<String> query = new ArrayList<>();
        for (int k = random.nextInt(5); k > 0; k--) {
            String code = OPTIONS.get(random.nextInt(OPTIONS.size()));
            if (!query.contains("chosen=" + code)) {
                query.add("chosen=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? path.toString() : path.append('?').append(String.join("&", query)).toString();
    }
}
