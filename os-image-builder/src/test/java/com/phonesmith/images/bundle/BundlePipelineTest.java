package com.phonesmith.images.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.image.boot.BootVerifier;
import com.phonesmith.contracts.image.boot.Verdict;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.partition.Ext4Maker;
import com.phonesmith.images.partition.PartitionBuilder;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.SatResolver;
import com.phonesmith.images.release.SeedRelease;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.release.UnsatisfiableSelection;
import com.phonesmith.images.signing.SigningKeys;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlePipelineTest {
    static final Release RELEASE = SeedRelease.generate(new SeedRelease.Sizes(6L << 20, 2L << 20, 128L << 10));
    static final Selection FJORD = new Selection("nordvik-fjord", List.of("microg"), List.of("firefox", "signal"));
    static SigningKeys keys;

    @TempDir
    static Path keyFolder;
    @TempDir
    Path storeDir;
    @TempDir
    Path otherStoreDir;
    @TempDir
    Path work;

    @BeforeAll
    static void openKeys() {
        keys = SigningKeys.open(keyFolder);
    }

    private BundlePipeline pipeline(Path store) throws Exception {
        return new BundlePipeline(new ArtifactStore(store), new PartitionBuilder(Ext4Maker.locate()), keys,
                new SatResolver(), 1);
    }

    @Test
    void aBundleHoldsCheckedExt4PartitionsSignedBootDescriptorAndBillOfMaterials() throws Exception {
        BundlePipeline pipeline = pipeline(storeDir);
        BundlePlan plan = pipeline.plan(RELEASE, FJORD);

        BuiltBundle bundle = pipeline.build(plan, BundlePipeline.Progress.none());

        Path file = materialise(storeDir, bundle);
        assertThat(sha256(file)).isEqualTo(bundle.digest());
        try (FactoryBundle opened = FactoryBundle.open(file)) {
            assertThat(opened.board()).isEqualTo("nordvik-fjord");
            assertThat(opened.entryNames()).containsExactly("android-info.txt", "boot.img", "system.img",
                    "vendor.img", "product.img", "vbmeta.img", "sbom.cdx.json");
            Map<String, Path> raw = new HashMap<>();
            for (String partition : opened.partitions()) {
                Path image = opened.extract(partition, work.resolve(partition + ".bundled"));
                Path expanded = work.resolve(partition + ".raw");
                if (SparseReader.isSparse(image)) {
                    SparseReader.expand(image, expanded);
                    assertThat(run("e2fsck", "-fn", expanded.toString())).as("e2fsck of " + partition).isZero();
                } else {
                    Files.copy(image, expanded);
                }
                raw.put(partition, expanded);
            }
            Verdict verdict = new BootVerifier().verify(opened.vbmeta(), keys.trusted(),
                    name -> Optional.of(Files.newInputStream(raw.get(name))), 0);
            assertThat(verdict.ok()).as(verdict.reason()).isTrue();
            assertThat(verdict.descriptor().orElseThrow().buildFingerprint()).isEqualTo(plan.fingerprint());
            JsonNode sbom = new ObjectMapper().readTree(opened.entry("sbom.cdx.json").orElseThrow());
            assertThat(sbom.get("bomFormat").asText()).isEqualTo("CycloneDX");
            assertThat(sbom.get("components")).hasSize(plan.resolution().packages().size());
            assertThat(sbom.get("components").get(0).get("hashes").get(0).get("alg").asText()).isEqualTo("SHA-256");
        }
        assertThat(bundle.packages()).contains("app-firefox " + RELEASE.packageNamed("app-firefox").orElseThrow()
                .version());
    }

    @Test
    void theSameConfigurationBuildsBitIdenticalBundlesInDifferentFolders() throws Exception {
        BuiltBundle one = pipeline(storeDir).build(pipeline(storeDir).plan(RELEASE, FJORD),
                BundlePipeline.Progress.none());
        BundlePipeline elsewhere = pipeline(otherStoreDir);
        BuiltBundle two = elsewhere.build(elsewhere.plan(RELEASE, FJORD), BundlePipeline.Progress.none());

        assertThat(two.digest()).isEqualTo(one.digest());
        assertThat(two.partitions()).isEqualTo(one.partitions());
    }

    @Test
    void aSecondRequestForAConfigurationIsServedFromTheCacheAndAnotherConfigurationOnlyBuildsItsProduct()
            throws Exception {
        BundlePipeline pipeline = pipeline(storeDir);
        BuiltBundle first = pipeline.build(pipeline.plan(RELEASE, FJORD), BundlePipeline.Progress.none());
        List<String> stages = new CopyOnWriteArrayList<>();

        BuiltBundle again = pipeline.build(pipeline.plan(RELEASE, FJORD), (percent, stage) -> stages.add(stage));
        assertThat(again).isEqualTo(first);
        assertThat(stages).containsExactly("cached");

        long before = storedFiles();
        Selection other = new Selection("nordvik-fjord", List.of("microg"), List.of("firefox", "osmand"));
        BuiltBundle second = pipeline.build(pipeline.plan(RELEASE, other), BundlePipeline.Progress.none());
        assertThat(second.partition("system")).isEqualTo(first.partition("system"));
        assertThat(second.partition("vendor")).isEqualTo(first.partition("vendor"));
        assertThat(second.partition("product")).isNotEqualTo(first.partition("product"));
        assertThat(storedFiles() - before).as("only a product image: a bundle is kept as its layout")
                .isEqualTo(1);
    }

    @Test
    void concurrentIdenticalRequestsBuildOnce() throws Exception {
        BundlePipeline pipeline = pipeline(storeDir);
        BundlePlan plan = pipeline.plan(RELEASE, FJORD);
        List<String> systemBuilds = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<BuiltBundle>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> pipeline.build(plan, (percent, stage) -> {
                    if (stage.equals("system image")) {
                        systemBuilds.add(stage);
                    }
                })));
            }
            String digest = results.get(0).get(2, TimeUnit.MINUTES).digest();
            for (Future<BuiltBundle> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES).digest()).isEqualTo(digest);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(systemBuilds).hasSize(1);
        assertThat(storedFiles()).as("system, vendor and product images").isEqualTo(3);
    }

    @Test
    void aCachedBundleWithACorruptPartIsFoundWhenNextAskedForAndBuiltAgainToTheSameBytes() throws Exception {
        BuiltBundle first = pipeline(storeDir).build(pipeline(storeDir).plan(RELEASE, FJORD),
                BundlePipeline.Progress.none());
        ArtifactStore store = new ArtifactStore(storeDir);
        String productSparse = new ObjectMapper().readTree(store.readRef("partition/" + pipeline(storeDir)
                .plan(RELEASE, FJORD).productKey()).orElseThrow()).get("sparseDigest").asText();
        flipAByteOf(store.pathOf(productSparse));

        BundlePipeline restarted = pipeline(storeDir);
        BundlePlan plan = restarted.plan(RELEASE, FJORD);
        assertThat(restarted.cached(plan)).isEmpty();
        BuiltBundle rebuilt = restarted.build(plan, BundlePipeline.Progress.none());

        assertThat(rebuilt.digest()).isEqualTo(first.digest());
        assertThat(sha256(materialise(storeDir, rebuilt))).isEqualTo(first.digest());
    }

    @Test
    void aCorruptCachedPartitionFailsTheBuildThatReadsItAndTheRetryBuildsItAgain() throws Exception {
        BuiltBundle first = pipeline(storeDir).build(pipeline(storeDir).plan(RELEASE, FJORD),
                BundlePipeline.Progress.none());
        ArtifactStore store = new ArtifactStore(storeDir);
        String systemSparse = new ObjectMapper().readTree(store.readRef("partition/" + pipeline(storeDir)
                .plan(RELEASE, FJORD).systemKey()).orElseThrow()).get("sparseDigest").asText();
        flipAByteOf(store.pathOf(systemSparse));

        BundlePipeline restarted = pipeline(storeDir);
        Selection other = new Selection("nordvik-fjord", List.of(), List.of("osmand"));
        BundlePlan plan = restarted.plan(RELEASE, other);
        assertThatThrownBy(() -> restarted.build(plan, BundlePipeline.Progress.none()))
                .isInstanceOf(BundlePipeline.CorruptArtifact.class).hasMessageContaining("system image was corrupt");

        BuiltBundle retried = restarted.build(plan, BundlePipeline.Progress.none());
        assertThat(retried.partition("system")).isEqualTo(first.partition("system"));
    }

    @Test
    void aSelectionThatCannotBeInstalledIsRefusedWithTheReasonBeforeAnythingIsBuilt() throws Exception {
        BundlePipeline pipeline = pipeline(storeDir);

        assertThatThrownBy(() -> pipeline.plan(RELEASE, new Selection("lumo-one", List.of("work-profile",
                "kids-mode"), List.of())))
                .isInstanceOf(UnsatisfiableSelection.class)
                .hasMessageContaining("work-profile").hasMessageContaining("kids-mode");
        assertThat(storedFiles()).isZero();
    }

    private Path materialise(Path store, BuiltBundle bundle) throws IOException {
        Path file = Files.createTempFile(work, "bundle-", ".zip");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            BundleAssembly.find(new ArtifactStore(store), bundle.digest()).orElseThrow()
                    .writeTo(new ArtifactStore(store), out);
        }
        return file;
    }

    private static String sha256(Path file) throws IOException {
        return PartitionBuilder.sha256(file);
    }

    private long storedFiles() throws IOException {
        try (var files = Files.walk(storeDir)) {
            return files.filter(path -> path.toString().endsWith(".img")).count();
        }
    }

    private static void flipAByteOf(Path file) throws IOException {
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = access.length() / 2;
            access.seek(middle);
            int value = access.read();
            access.seek(middle);
            access.write(value ^ 0x01);
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
