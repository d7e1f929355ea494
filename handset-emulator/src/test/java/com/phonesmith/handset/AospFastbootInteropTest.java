package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparsePiece;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.contracts.image.sparse.SparseSplitter;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real AOSP fastboot host (Debian package "fastboot") against an emulated handset. */
class AospFastbootInteropTest {
    static final String SKIP_VARIABLE = "PHONESMITH_SKIP_FASTBOOT_INTEROP";
    static Path fastboot;

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    Handset handset;

    @BeforeAll
    static void findFastboot() {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "fastboot")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            assumeFalse("1".equals(System.getenv(SKIP_VARIABLE)), SKIP_VARIABLE + "=1: fastboot interop skipped");
            fail("The AOSP fastboot binary is not on PATH. Install it (apt-get install -y fastboot"
                    + " android-sdk-libsparse-utils) or set " + SKIP_VARIABLE + "=1 to skip this test.");
        }
        fastboot = found.get();
    }

    @BeforeEach
    void startHandset() throws IOException {
        handset = HandsetFixture.start(dataDir);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    @Test
    void fastbootReadsTheProductOfAHandset() throws Exception {
        String output = fastboot("getvar", "product");

        assertThat(output).contains("product: nordvik-fjord");
    }

    @Test
    void fastbootReadsTheCurrentSlotAndGetvarAllListsTheSlotsAsFromABootloader() throws Exception {
        assertThat(fastboot("getvar", "current-slot")).contains("current-slot: a");
        assertThat(fastboot("getvar", "slot-count")).contains("slot-count: 2");

        String all = fastboot("getvar", "all");

        assertThat(all).contains("(bootloader) current-slot:a", "(bootloader) slot-count:2",
                "(bootloader) has-slot:system:yes", "(bootloader) has-slot:userdata:no",
                "(bootloader) partition-size:system_b:0x40000000", "(bootloader) x-imei:" + handset.imei());
    }

    @Test
    void fastbootFlashesTheSlotItIsGivenByteForByteAsOurOwnClientDoes() throws Exception {
        TestBundles.Bundle bundle = HandsetFixture.BUNDLES.make(HandsetFixture.SPEC.withSystemPayload(3 << 20), files);
        Path image;
        try (FactoryBundle opened = FactoryBundle.open(bundle.file())) {
            image = opened.extract("system", files.resolve("system.img"));
        }
        assertThat(SparseReader.isSparse(image)).isTrue();

        String output = fastboot("--slot=b", "-S", "1M", "flash", "system", image.toString());

        assertThat(output).contains("Sending sparse 'system_b' 1/");
        assertThat(handset.flashedImage(Partition.SYSTEM, Slot.A)).as("the other slot").isEmpty();
        try (RawFastbootHost ours = RawFastbootHost.connect(handset)) {
            for (SparsePiece piece : SparseSplitter.split(image, 1 << 20)) {
                assertThat(ours.download(piece.sizeBytes(), piece::writeTo).type()).isEqualTo("OKAY");
                assertThat(ours.command("flash:system_a").type()).isEqualTo("OKAY");
            }
        }
        Path expanded = files.resolve("system.raw");
        SparseReader.expand(image, expanded);
        assertThat(handset.flashedImage(Partition.SYSTEM, Slot.B)).hasValueSatisfying(aosp -> {
            assertThat(aosp).hasSameBinaryContentAs(handset.flashedImage(Partition.SYSTEM, Slot.A).orElseThrow());
            assertThat(aosp).hasSameBinaryContentAs(expanded);
        });
        assertThat(handset.flashedDigest(Partition.SYSTEM, Slot.B)).contains(bundle.partitionDigest("system"));
        assertThat(handset.currentSlot()).as("--slot flashes a slot without making it current").isEqualTo(Slot.A);
    }

    @Test
    void fastbootSetActiveMakesTheOtherSlotCurrentAndAPlainFlashThenWritesIt() throws Exception {
        fastboot("set_active", "b");

        assertThat(fastboot("getvar", "current-slot")).contains("current-slot: b");
        assertThat(handset.currentSlot()).isEqualTo(Slot.B);

        Path blob = Files.write(files.resolve("boot.img"), "ANDROID! a boot image".getBytes(StandardCharsets.US_ASCII));
        assertThat(fastboot("flash", "boot", blob.toString())).contains("Sending 'boot_b'");
        assertThat(handset.flashedImage(Partition.BOOT, Slot.B)).isPresent();
        assertThat(handset.flashedImage(Partition.BOOT, Slot.A)).isEmpty();
    }

    @Test
    void fastbootRefusesAnUnknownSlotItselfWithoutAskingTheHandsetToSetIt() throws Exception {
        Result result = run("set_active", "c");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Slot c does not exist");
        assertThat(handset.currentSlot()).isEqualTo(Slot.A);
    }

    @Test
    void fastbootFlashesEachPartitionAndTheDescriptorThenRebootsAHandsetWhichRunsTheBundle() throws Exception {
        TestBundles.Bundle bundle = HandsetFixture.BUNDLES.make(HandsetFixture.SPEC.withSystemPayload(3 << 20), files);
        try (FactoryBundle opened = FactoryBundle.open(bundle.file())) {
            for (String partition : opened.partitions()) {
                Path image = opened.extract(partition, files.resolve(partition + ".img"));
                fastboot("flash", partition, image.toString());
            }
            fastboot("flash", "vbmeta", Files.write(files.resolve("vbmeta.img"), opened.vbmeta()).toString());
        }
        fastboot("reboot");

        Path system = files.resolve("system.raw");
        SparseReader.expand(files.resolve("system.img"), system);
        assertThat(handset.flashedImage(Partition.SYSTEM)).hasValueSatisfying(
                stored -> assertThat(stored).hasSameBinaryContentAs(system));
        assertThat(handset.bootState()).isEqualTo(BootState.BOOTED);
        assertThat(fastboot("getvar", "x-build-fingerprint")).contains(HandsetFixture.FINGERPRINT);
    }

    @Test
    void fastbootSplitsALargeImageIntoSparsePartsThatTheHandsetPutsBackTogether() throws Exception {
        byte[] image = new byte[6 << 20];
        new Random(7).nextBytes(image);
        Arrays.fill(image, 1 << 20, 4 << 20, (byte) 0);
        Path file = Files.write(files.resolve("vendor.img"), image);

        String output = fastboot("-S", "1M", "flash", "vendor", file.toString());

        assertThat(output).contains("Sending sparse 'vendor_a' 1/");
        assertThat(handset.flashedImage(Partition.VENDOR)).hasValueSatisfying(
                stored -> assertThat(stored).hasBinaryContent(image));
    }

    /** Runs fastboot against the handset, expects it to succeed and returns what it printed. */
    private String fastboot(String... arguments) throws IOException, InterruptedException {
        Result result = run(arguments);
        assertThat(result.exitCode()).as("exit code of fastboot %s, output:%n%s", List.of(arguments),
                result.output()).isZero();
        return result.output();
    }

    record Result(int exitCode, String output) {
    }

    private Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(fastboot.toString(), "-s",
                "tcp:" + handset.host() + ":" + handset.port()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("fastboot did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
