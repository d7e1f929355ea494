package com.phonesmith.images.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.BootState;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.Variant;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.partition.Ext4Maker;
import com.phonesmith.images.partition.PartitionBuilder;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.SatResolver;
import com.phonesmith.images.release.SeedRelease;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.signing.SigningKeys;
import java.io.File;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle as this service builds it, flashed by AOSP's own {@code fastboot update} onto a virtual handset that
 * trusts the service's keys: the handset passes verified boot and reports the configuration's packages.
 */
class FastbootUpdateOfABuiltBundleTest {
    @TempDir
    Path work;

    @Test
    void aBuiltBundleFlashedByFastbootUpdateBootsAndReportsTheConfigurationsPackages() throws Exception {
        Release release = SeedRelease.generate(new SeedRelease.Sizes(6L << 20, 2L << 20, 96L << 10));
        SigningKeys keys = SigningKeys.open(work.resolve("keys"));
        ArtifactStore store = new ArtifactStore(work.resolve("store"));
        BundlePipeline pipeline = new BundlePipeline(store, new PartitionBuilder(Ext4Maker.locate()), keys,
                new SatResolver(), 1);
        BundlePlan plan = pipeline.plan(release, new Selection("lumo-pro", List.of("work-profile"),
                List.of("signal", "organic-maps")));
        BuiltBundle bundle = pipeline.build(plan, BundlePipeline.Progress.none());
        Path zip = work.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            BundleAssembly.find(store, bundle.digest()).orElseThrow().writeTo(store, out);
        }

        try (Handset handset = Handset.start(new Variant("lumo-pro", "graphite", 256), 1,
                new InetSocketAddress("127.0.0.1", 0), work.resolve("handset"), Duration.ofSeconds(60))) {
            handset.trustKeys(keys::trusted);
            String said = fastboot(handset, "update", zip.toString());

            assertThat(handset.bootState()).as("fastboot said:%n%s", said).isEqualTo(BootState.BOOTED);
            assertThat(handset.runningImage()).hasValueSatisfying(running -> {
                assertThat(running.fingerprint()).isEqualTo(plan.fingerprint());
                assertThat(running.features()).containsExactly("work-profile");
                assertThat(running.apps()).containsExactly("organic-maps", "signal");
                assertThat(running.packages()).containsExactlyElementsOf(bundle.packages().stream().sorted().toList());
            });
        }
    }

    private static String fastboot(Handset handset, String... arguments) throws Exception {
        Path binary = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "fastboot")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("AOSP fastboot is not installed: apt-get install fastboot"));
        List<String> command = new java.util.ArrayList<>(List.of(binary.toString(), "-s",
                "tcp:" + handset.host() + ":" + handset.port()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("fastboot said:%n%s", output).isZero();
        return output;
    }
}
