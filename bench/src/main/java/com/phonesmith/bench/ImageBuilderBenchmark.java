package com.phonesmith.bench;

import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.bundle.BuiltBundle;
import com.phonesmith.images.bundle.BundlePipeline;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.images.partition.Ext4Maker;
import com.phonesmith.images.partition.PartitionBuilder;
import com.phonesmith.images.partition.PartitionStager;
import com.phonesmith.images.partition.TreeFile;
import com.phonesmith.images.release.PackageFile;
import com.phonesmith.images.release.PackagePartition;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.ReleasePackage;
import com.phonesmith.images.release.SatResolver;
import com.phonesmith.images.release.SeedRelease;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.signing.SigningKeys;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The image builder's pipeline at production sizes (a 300 MiB system of the seed release, 48 MiB vendor, the
 * configuration's product), in this JVM, against a store on this machine's disk with every artifact fsync'ed:
 * a cold build against {@code mke2fs -d} alone on the same three trees, cache hits, a product build when system
 * and vendor are cached, and a launch of 1,000 orders.
 */
final class ImageBuilderBenchmark implements BenchMain.Benchmark {
    static final int LAUNCH_ORDERS = 1000;
    static final int POPULAR = 50;
    static final int BUILD_THREADS = 2;
    /** Rounds of the cold part alone ({@code image-builder-cold}): {@code PHONESMITH_BENCH_COLD_ROUNDS}. */
    static final int COLD_ROUNDS = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_COLD_ROUNDS", "3"));
    private static final Selection FIRST = new Selection("nordvik-fjord", List.of("microg", "privacy-dns"),
            List.of("firefox", "signal", "osmand"));

    private final boolean coldOnly;

    ImageBuilderBenchmark() {
        this(false);
    }

    /** coldOnly: only the cold build against mke2fs -d, in several rounds, each on an empty store. */
    ImageBuilderBenchmark(boolean coldOnly) {
        this.coldOnly = coldOnly;
    }

    @Override
    public String description() {
        return coldOnly ? "image builder: cold build vs mke2fs -d alone, " + COLD_ROUNDS + " rounds"
                : "image builder: cold build vs mke2fs -d, cache hits, product builds, a launch of 1,000 orders";
    }

    @Override
    public Map<String, String> run() throws Exception {
        Figures figures = new Figures();
        Path root = Files.createTempDirectory("bench-images-");
        try {
            Release release = SeedRelease.generate(SeedRelease.Sizes.production()).withFileDigests();
            SigningKeys keys = SigningKeys.open(root.resolve("keys"));
            Ext4Maker ext4 = Ext4Maker.locate();
            figures.put("settings", "java " + System.getProperty("java.version") + " "
                    + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                    + " (full tiered JIT); " + Runtime.getRuntime().availableProcessors() + " cores; seed release "
                    + release.version() + " with " + release.packages().size() + " packages, system "
                    + (SeedRelease.Sizes.production().systemBytes() >> 20) + " MiB; every artifact fsync'ed before it "
                    + "is renamed into the store; " + ext4.tool() + " " + mke2fsVersion(ext4));

            coldRounds(figures, release, keys, ext4, root);
            if (coldOnly) {
                return figures;
            }
            // the store the cache hits and product builds use: the first configuration built once more
            BundlePipeline cold = pipeline(root.resolve("store"), ext4, keys);
            BuiltBundle bundle = cold.build(cold.plan(release, FIRST), BundlePipeline.Progress.none());
            figures.put("bundle-bytes", Long.toString(bundle.sizeBytes()));
            figures.put("load-average", loadAverage());

            long[] hits = new long[2000];
            for (int i = 0; i < hits.length; i++) {
                long t0 = System.nanoTime();
                cold.build(cold.plan(release, FIRST), BundlePipeline.Progress.none());
                hits[i] = System.nanoTime() - t0;
            }
            Arrays.sort(hits);
            figures.put("cache-hit-p50-ms", format(hits[hits.length / 2] / 1e6));
            figures.put("cache-hit-p99-ms", format(hits[hits.length * 99 / 100] / 1e6));

            List<Double> products = new ArrayList<>();
            for (Selection other : List.of(
                    new Selection("nordvik-fjord", List.of("microg"), List.of("k9-mail")),
                    new Selection("nordvik-fjord", List.of("work-profile"), List.of("element", "threema")),
                    new Selection("nordvik-fjord", List.of("privacy-dns"), List.of("newpipe", "organic-maps")))) {
                long t0 = System.nanoTime();
                cold.build(cold.plan(release, other), BundlePipeline.Progress.none());
                products.add(seconds(t0));
            }
            products.sort(null);
            figures.put("product-build-s", format(products.get(products.size() / 2)));

            BundlePipeline launch = pipeline(root.resolve("launch-store"), ext4, keys);
            List<Selection> orders = launchOrders(release, cold);
            long distinct = orders.stream().distinct().count();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(BUILD_THREADS);
            try {
                List<Future<BuiltBundle>> results = new ArrayList<>();
                for (Selection order : orders) {
                    results.add(pool.submit(() -> launch.build(launch.plan(release, order),
                            BundlePipeline.Progress.none())));
                }
                for (Future<BuiltBundle> result : results) {
                    result.get(2, TimeUnit.HOURS);
                }
            } finally {
                pool.shutdownNow();
            }
            double launchSeconds = seconds(t0);
            figures.put("launch-settings", LAUNCH_ORDERS + " orders, " + distinct + " distinct configurations ("
                    + POPULAR + " popular ones for 85% of the orders, a long tail for the rest), over 4 models, "
                    + BUILD_THREADS + " build threads (images.build-threads), empty store at the start");
            figures.put("launch-s", format(launchSeconds));
            figures.put("launch-images-per-min", format(LAUNCH_ORDERS / launchSeconds * 60));
            return figures;
        } finally {
            deleteTree(root);
        }
    }

    /**
     * Cold builds of the first configuration, each on an empty store and a freshly generated release whose files
     * were hashed beforehand, as an import hashes them (so nothing a build makes is remembered from the round
     * before), each followed by mke2fs -d alone on the same trees; the median of the rounds' ratios is the figure,
     * with each round's build and floor seconds (the first round's build includes the JIT's warm-up).
     */
    private static void coldRounds(Figures figures, Release first, SigningKeys keys, Ext4Maker ext4, Path root)
            throws Exception {
        List<Double> ratios = new ArrayList<>();
        List<Double> builds = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        StringBuilder rounds = new StringBuilder();
        List<java.time.Instant[]> windows = new ArrayList<>();
        try (BuildPhases phases = new BuildPhases()) {
            for (int round = 1; round <= COLD_ROUNDS; round++) {
                Release release = round == 1 ? first
                        : SeedRelease.generate(SeedRelease.Sizes.production()).withFileDigests();
                Path work = root.resolve("round-" + round);
                BundlePipeline cold = pipeline(work.resolve("store"), ext4, keys);
                BundlePlan plan = cold.plan(release, FIRST);
                java.time.Instant from = java.time.Instant.now();
                long started = System.nanoTime();
                cold.build(plan, BundlePipeline.Progress.none());
                double coldSeconds = seconds(started);
                windows.add(new java.time.Instant[] {from, java.time.Instant.now()});
                double floorSeconds = mke2fsAlone(release, plan, ext4, work.resolve("floor"));
                ratios.add(coldSeconds / floorSeconds);
                builds.add(coldSeconds);
                floors.add(floorSeconds);
                rounds.append(rounds.length() == 0 ? "" : "; ").append(format(coldSeconds)).append(" s vs ")
                        .append(format(floorSeconds)).append(" s (load ").append(loadAverage()).append(')');
                deleteTree(work);
            }
            List<Map<String, Double>> perRound = phases.windows(windows);
            for (int round = 1; round <= perRound.size(); round++) {
                figures.put("cold-phases-round-" + round, BuildPhases.describe(perRound.get(round - 1)));
            }
        }
        figures.put("cold-rounds", rounds.toString());
        figures.put("cold-build-s", format(median(builds)));
        figures.put("mke2fs-alone-s", format(median(floors)));
        figures.put("cold-build-vs-mke2fs-ratio", format(median(ratios)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as uptime prints them. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static BundlePipeline pipeline(Path store, Ext4Maker ext4, SigningKeys keys) {
        return new BundlePipeline(new ArtifactStore(store), new PartitionBuilder(ext4), keys, new SatResolver(), 1);
    }

    /**
     * mke2fs -d on the same three trees the cold build made (staged beforehand, not timed), with the same image
     * sizes and options: the floor of any ext4 build.
     */
    private static double mke2fsAlone(Release release, BundlePlan plan, Ext4Maker ext4, Path work) throws Exception {
        double total = 0;
        for (PackagePartition partition : PackagePartition.values()) {
            List<TreeFile> files = new ArrayList<>();
            for (var resolved : plan.resolution().packages()) {
                ReleasePackage pkg = release.packageNamed(resolved.name()).orElseThrow();
                if (pkg.partition() == partition) {
                    for (PackageFile file : pkg.files()) {
                        files.add(new TreeFile(file.path(), file.mode(), file.size(), file::writeTo));
                    }
                }
            }
            Path tree = work.resolve(partition.name().toLowerCase(Locale.ROOT));
            long bytes = PartitionStager.stage(files, tree);
            long size = Ext4Maker.sizeFor(bytes, files.size());
            Path image = work.resolve(partition.name() + ".img");
            List<String> command = List.of(ext4.tool().toString(), "-q", "-F", "-t", "ext4", "-b", "4096", "-m", "0",
                    "-E", "root_owner=0:0", "-d", tree.toString(), image.toString(), (size / 1024) + "k");
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("mke2fs failed on the " + partition + " tree");
            }
            try (var channel = java.nio.channels.FileChannel.open(image, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            total += seconds(t0);
        }
        return total;
    }

    /** 85% of the orders from 50 popular configurations (some far more popular than others), the rest unique-ish. */
    private static List<Selection> launchOrders(Release release, BundlePipeline planner) {
        Random random = new Random(2026);
        List<String> models = SeedRelease.MODELS;
        List<Selection> popular = new ArrayList<>();
        Set<Selection> seen = new LinkedHashSet<>();
        while (popular.size() < POPULAR) {
            Selection candidate = randomSelection(random, models);
            if (installable(release, planner, candidate) && seen.add(candidate)) {
                popular.add(candidate);
            }
        }
        List<Selection> orders = new ArrayList<>();
        while (orders.size() < LAUNCH_ORDERS) {
            if (random.nextDouble() < 0.85) {
                int rank = (int) Math.min(POPULAR - 1, Math.floor(Math.pow(random.nextDouble(), 2) * POPULAR));
                orders.add(popular.get(rank));
            } else {
                Selection tail = randomSelection(random, models);
                if (installable(release, planner, tail)) {
                    orders.add(tail);
                }
            }
        }
        return orders;
    }

    private static Selection randomSelection(Random random, List<String> models) {
        List<String> features = pick(random, SeedRelease.FEATURES, 2);
        List<String> apps = pick(random, SeedRelease.APPS, 3);
        return new Selection(models.get(random.nextInt(models.size())), features, apps);
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, count).stream().sorted().toList();
    }

    private static boolean installable(Release release, BundlePipeline planner, Selection selection) {
        try {
            planner.plan(release, selection);
            return true;
        } catch (Exception unsatisfiable) {
            return false;
        }
    }

    private static String mke2fsVersion(Ext4Maker ext4) {
        try {
            Process process = new ProcessBuilder(ext4.tool().toString(), "-V").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).lines().findFirst().orElse("");
            process.waitFor();
            return "(" + text.trim() + ")";
        } catch (Exception e) {
            return "";
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
