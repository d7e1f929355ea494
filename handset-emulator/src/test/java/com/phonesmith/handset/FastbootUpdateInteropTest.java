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
 * boot and reports the configuration's packages; every partition holds exactly the bundle's image. On an A/B handset
 * the client first sends {@code set_active} for the slot it is going to write (the current one, or the one given with
 * {@code --slot}), then flashes every image to that slot's partitions ({@code boot_a}, ..., {@code vbmeta_a}) and
 * reboots; the other slot is left as it was.
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

    private static final TestBundles.Spec SPEC = TestBundles.Spec.of("nordvik-fjord",
            "phonesmith/nordvik-fjord/nordvik-fjord:1.0/f00d/2:user/release-keys", List.of("work-profile"),
            List.of("signal", "osmand"));

    @Test
    void fastbootUpdateFlashesABundleToTheCurrentSlotWhichTheHandsetBootsAndReports() throws Exception {
        TestBundles.Bundle bundle = BUNDLES.make(SPEC, files);

        String output = fastboot("update", bundle.file().toString());

        assertThat(output).contains("Setting current slot to 'a'", "Writing 'system_a'", "Writing 'vbmeta_a'");
        assertThat(handset.bootState()).as("fastboot said:%n%s", output).isEqualTo(BootState.BOOTED);
        assertThat(handset.currentSlot()).isEqualTo(Slot.A);
        assertThat(handset.runningImage()).hasValueSatisfying(running -> {
            assertThat(running.fingerprint()).isEqualTo(SPEC.fingerprint());
            assertThat(running.apps()).containsExactly("signal", "osmand");
            assertThat(running.packages()).containsAll(SPEC.packages());
        });
        assertSlotHolds(Slot.A, bundle);
        assertSlotEmpty(Slot.B);
    }

    @Test
    void fastbootUpdateWithSlotBSetsItActiveFirstThenWritesOnlyItAndBootsIt() throws Exception {
        TestBundles.Bundle bundle = BUNDLES.make(SPEC, files);

        String output = fastboot("--slot=b", "update", bundle.file().toString());

        assertThat(output).contains("Setting current slot to 'b'");
        assertThat(output.indexOf("Setting current slot to 'b'")).as("set_active comes before the first image")
                .isLessThan(output.indexOf("Sending"));
        assertThat(handset.currentSlot()).isEqualTo(Slot.B);
        assertThat(handset.bootState()).as("fastboot said:%n%s", output).isEqualTo(BootState.BOOTED);
        assertThat(handset.runningImage()).hasValueSatisfying(
                running -> assertThat(running.fingerprint()).isEqualTo(SPEC.fingerprint()));
        assertSlotHolds(Slot.B, bundle);
        assertSlotEmpty(Slot.A);
    }

    @Test
    void afterSetActiveBAPlainFastbootUpdateWritesSlotB() throws Exception {
        TestBundles.Bundle bundle = BUNDLES.make(SPEC, files);
        fastboot("set_active", "b");

        String output = fastboot("update", bundle.file().toString());

        assertThat(output).contains("Setting current slot to 'b'", "Writing 'system_b'");
        assertThat(handset.bootState()).as("fastboot said:%n%s", output).isEqualTo(BootState.BOOTED);
        assertSlotHolds(Slot.B, bundle);
        assertSlotEmpty(Slot.A);
    }

    /** Every partition of the slot holds exactly the bundle's image (expanded), vbmeta its boot descriptor. */
    private void assertSlotHolds(Slot slot, TestBundles.Bundle bundle) throws Exception {
        try (FactoryBundle opened = FactoryBundle.open(bundle.file())) {
            for (String partition : opened.partitions()) {
                Path image = opened.extract(partition, files.resolve(partition + ".in-bundle"));
                Path raw = files.resolve(partition + ".raw");
                if (SparseReader.isSparse(image)) {
                    SparseReader.expand(image, raw);
                } else {
                    Files.copy(image, raw);
                }
                assertThat(handset.flashedImage(Partition.named(partition).orElseThrow(), slot)).as(partition)
                        .hasValueSatisfying(flashed -> assertThat(flashed).hasSameBinaryContentAs(raw));
                assertThat(handset.flashedDigest(Partition.named(partition).orElseThrow(), slot))
                        .contains(bundle.partitionDigest(partition));
            }
            assertThat(handset.flashedImage(Partition.VBMETA, slot)).hasValueSatisfying(
                    flashed -> assertThat(flashed).hasBinaryContent(opened.vbmeta()));
        }
    }

    private void assertSlotEmpty(Slot slot) {
        for (Partition partition : Partition.values()) {
            if (partition.slotted()) {
                assertThat(handset.flashedImage(partition, slot)).as("%s in slot %s", partition.label(), slot.letter())
                        .isEmpty();
            }
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
