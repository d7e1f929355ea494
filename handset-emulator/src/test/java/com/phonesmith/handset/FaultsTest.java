package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.phonesmith.handset.RawFastbootHost.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults set over fastboot ({@code oem fault ...}) hit the next operations of the handset, then it works again. */
class FaultsTest {
    @TempDir
    Path dataDir;
    Handset handset;

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
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.download(TestImages.systemImage()).type()).isEqualTo("OKAY");
            assertThat(host.command("flash:system").type()).isEqualTo("OKAY");
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
        }
    }

    private String bootState() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            return host.getvar("x-boot-state");
        }
    }

    @Test
    void aPartitionSetToFailRefusesTheNextWriteWithTheReasonAndThenWrites() throws IOException {
        assertThat(fault("fail-write system 1").type()).isEqualTo("OKAY");
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(TestImages.systemImage());
            assertThat(host.command("flash:system")).isEqualTo(new Reply("FAIL",
                    "writing system failed: flash memory error"));
            assertThat(host.command("flash:system").type()).isEqualTo("OKAY");
        }
    }

    @Test
    void aCorruptedWriteLeavesADigestThatIsNotTheImages() throws IOException {
        fault("corrupt-write 1");
        flashAndReboot();
        String expected = FlashAndBootTest.sha256(TestImages.systemImage());
        assertThat(handset.flashedDigest(Partition.SYSTEM)).isPresent().get().isNotEqualTo(expected);
        flashAndReboot();
        assertThat(handset.flashedDigest(Partition.SYSTEM)).contains(expected);
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
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.download(TestImages.systemImage()).type()).isEqualTo("OKAY");
        }
    }

    @Test
    void aFailedBootSaysSoAndTheNextBootWorks() throws IOException {
        fault("fail-boot 1");
        flashAndReboot();
        assertThat(bootState()).isEqualTo("failed");
        flashAndReboot();
        assertThat(bootState()).isEqualTo("booted");
    }

    @Test
    void aSlowBootIsBootingUntilItHasBooted() throws IOException {
        fault("boot-delay 700");
        flashAndReboot();
        assertThat(bootState()).isEqualTo("booting");
        await().atMost(Duration.ofSeconds(10)).until(() -> bootState().equals("booted"));
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
