package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.phonesmith.handset.RawFastbootHost.Reply;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults set over fastboot ({@code oem fault ...}) hit the next operations of the handset, then it works again. */
class FaultsTest {
    @TempDir
    static Path bundles;
    static TestBundles.Bundle bundle;

    @TempDir
    Path dataDir;
    @TempDir
    Path work;
    Handset handset;

    @BeforeAll
    static void makeBundle() throws IOException {
        bundle = HandsetFixture.bundle(bundles);
    }

    @BeforeEach
    void startHandset() throws IOException {
        handset = HandsetFixture.start(dataDir);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    private Reply fault(String fault) throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            return host.command("oem fault " + fault);
        }
    }

    private void flashAndReboot() throws IOException {
        new BundleFlasher(handset, work).flashAndReboot(bundle);
    }

    private String getvar(String name) throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            return host.getvar(name);
        }
    }

    /** The bootloader's RAM, as far as the last download filled it. */
    private Path downloadBuffer() {
        return handset.dataDirectory().resolve("download.buffer");
    }

    @Test
    void aPartitionSetToFailRefusesTheNextWriteWithTheReasonAndThenWrites() throws IOException {
        assertThat(fault("fail-write system 1").type()).isEqualTo("OKAY");
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(new byte[] {1, 2, 3});
            assertThat(host.command("flash:system")).isEqualTo(new Reply("FAIL",
                    "writing system_a failed: flash memory error"));
            assertThat(host.command("flash:system").type()).isEqualTo("OKAY");
        }
    }

    @Test
    void aCorruptedWriteLeavesADigestThatIsNotTheImagesAndVerifiedBootRefusesIt() throws IOException {
        fault("corrupt-write 1");
        flashAndReboot();

        String[] corrupted = Arrays.stream(new String[] {"boot", "system", "vendor", "product"})
                .filter(p -> !handset.flashedDigest(Partition.named(p).orElseThrow()).orElseThrow()
                        .equals(bundle.partitionDigest(p)))
                .toArray(String[]::new);
        assertThat(corrupted).hasSize(1);
        assertThat(getvar("x-boot-state")).isEqualTo("failed");
        assertThat(getvar("x-boot-error")).contains("partition " + corrupted[0]);

        flashAndReboot();
        assertThat(handset.flashedDigest(Partition.named(corrupted[0]).orElseThrow()))
                .contains(bundle.partitionDigest(corrupted[0]));
        assertThat(getvar("x-boot-state")).isEqualTo("booted");
    }

    @Test
    void aPulledCableDropsTheConnectionHalfWayThroughADownload() throws IOException {
        fault("disconnect-download 1");
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            byte[] image = new byte[1 << 20];
            host.send(String.format("download:%08x", image.length));
            assertThat(host.readReply().type()).isEqualTo("DATA");
            assertThatThrownBy(() -> {
                for (int i = 0; i < 64; i++) {
                    host.sendPacket(new byte[image.length / 64]);
                }
                host.readReply();
            }).isInstanceOf(IOException.class);
        }
        assertThat(downloadBuffer()).hasSize(1 << 19);
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.download(new byte[1 << 20]).type()).isEqualTo("OKAY");
        }
    }

    @Test
    void aPulledCableCutsASmallDownloadInOnePacketHalfWayToo() throws IOException {
        fault("disconnect-download 1");
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThatThrownBy(() -> host.download(new byte[100])).isInstanceOf(IOException.class);
        }
        assertThat(downloadBuffer()).hasSize(50);
    }

    @Test
    void aPulledCableCutsEvenTheSmallFirstImageOfABundleAndTheNextAttemptBoots() throws IOException {
        fault("disconnect-download 1");

        assertThatThrownBy(() -> new BundleFlasher(handset, work).flash(bundle)).isInstanceOf(IOException.class);

        assertThat(handset.flashedImage(Partition.BOOT)).isEmpty();
        flashAndReboot();
        assertThat(getvar("x-boot-state")).isEqualTo("booted");
    }

    @Test
    void aFailedBootSaysSoAndTheNextBootWorks() throws IOException {
        fault("fail-boot 1");
        flashAndReboot();
        assertThat(getvar("x-boot-state")).isEqualTo("failed");
        assertThat(getvar("x-boot-error")).isEqualTo("fault: the boot failed");

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
        }
        assertThat(getvar("x-boot-state")).isEqualTo("booted");
    }

    @Test
    void aSlowBootIsBootingUntilItHasBooted() throws IOException {
        fault("boot-delay 700");
        flashAndReboot();
        assertThat(getvar("x-boot-state")).isEqualTo("booting");
        await().atMost(Duration.ofSeconds(10)).until(() -> getvar("x-boot-state").equals("booted"));
        assertThat(getvar("x-build-fingerprint")).isEqualTo(HandsetFixture.FINGERPRINT);
    }

    @Test
    void aSlowLinkTakesAtLeastTheTimeItsSpeedAllows() throws IOException {
        fault("link-speed 2000000");
        long started = System.nanoTime();
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.download(new byte[1_000_000]).type()).isEqualTo("OKAY");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void anUnknownFaultIsRefusedWithTheUsage() throws IOException {
        assertThat(fault("lightning 3").message()).isEqualTo("unknown fault lightning");
        assertThat(fault("fail-write").message()).startsWith("usage: oem fault");
    }
}
