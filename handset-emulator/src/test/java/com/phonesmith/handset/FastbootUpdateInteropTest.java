package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.handset.fixtures.TestBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AOSP's own {@code fastboot update} flashes a factory bundle onto a virtual handset, which then passes verified
 * boot and reports the configuration's packages; every partition holds exactly the bundle's image.
 */
class FastbootUpdateInteropTest {
    private static final TestBundles BUNDLES = new TestBundles();

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    Handset handset;

    @BeforeAll
    static void findFastboot() {
        AospFastbootInteropTest.findFastboot();
    }

    @BeforeEach
    void start() throws Exception {
        handset = HandsetFixture.start(dataDir);
        handset.trustKeys(BUNDLES::trusted);
    }

    @AfterEach
    void stop() {
        handset.close();
    }

    @Test
    void fastbootUpdateFlashesABundleThatTheHandsetBootsAndReports() throws Exception {
        TestBundles.Spec spec = TestBundles.Spec.of("nordvik-fjord",
                "phonesmith/nordvik-fjord/nordvik-fjord:1.0/f00d/2:user/release-keys", List.of("work-profile"),
                List.of("signal", "osmand"));
        TestBundles.Bundle bundle = BUNDLES.make(spec, files);

        String output = fastboot("update", bundle.file().toString());

        assertThat(handset.bootState()).as("fastboot said:%n%s", output).isEqualTo(BootState.BOOTED);
        assertThat(handset.runningImage()).hasValueSatisfying(running -> {
            assertThat(running.fingerprint()).isEqualTo(spec.fingerprint());
            assertThat(running.apps()).containsExactly("signal", "osmand");
            assertThat(running.packages()).containsAll(spec.packages());
        });
        try (FactoryBundle opened = FactoryBundle.open(bundle.file())) {
            for (String partition : opened.partitions()) {
                Path image = opened.extract(partition, files.resolve(partition + ".in-bundle"));
                Path raw = files.resolve(partition + ".raw");
                if (SparseReader.isSparse(image)) {
                    SparseReader.expand(image, raw);
                } else {
                    Files.copy(image, raw);
                }
                assertThat(handset.flashedImage(Partition.named(partition).orElseThrow()))
                        .hasValueSatisfying(flashed -> assertThat(flashed).hasSameBinaryContentAs(raw));
                assertThat(handset.flashedDigest(Partition.named(partition).orElseThrow()))
                        .contains(bundle.partitionDigest(partition));
            }
            assertThat(handset.flashedImage(Partition.VBMETA)).hasValueSatisfying(
                    flashed -> assertThat(flashed).hasBinaryContent(opened.vbmeta()));
        }
    }

    private String fastboot(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(AospFastbootInteropTest.fastboot.toString(), "-s",
                "tcp:" + handset.host() + ":" + handset.port()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("fastboot %s said:%n%s", arguments, output).isZero();
        return output;
    }
}
