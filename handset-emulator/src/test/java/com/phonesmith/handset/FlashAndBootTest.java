package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlashAndBootTest {
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

    @Test
    void flashingAnImageThenRebootingReportsItsFingerprint() throws IOException {
        flashAndReboot(TestImages.systemImage());

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(TestImages.FINGERPRINT);
            assertThat(host.getvar("x-installed-features")).isEqualTo("dark-mode,vpn");
            assertThat(host.getvar("x-installed-apps")).isEqualTo("org.example.maps,org.example.chat");
            assertThat(host.getvar("x-flashed-digest:system")).isEqualTo(sha256(TestImages.systemImage()));
        }
    }

    @Test
    void aFlashedPartitionIsWrittenToTheHandsetsDirectory() throws IOException {
        byte[] image = TestImages.systemImage();
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(image);
            host.send("flash:system");

            assertThat(host.readReply()).isEqualTo(new Reply("INFO", "wrote system, sha256 " + sha256(image)));
            assertThat(host.readReply()).isEqualTo(new Reply("OKAY", ""));
        }
        assertThat(dataDir.resolve(handset.serial()).resolve("system.img")).hasBinaryContent(image);
    }

    @Test
    void aRestartedHandsetKeepsWhatWasFlashedAndStaysBooted() throws IOException {
        flashAndReboot(TestImages.systemImage());
        int port = handset.port();
        handset.close();

        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10));

        assertThat(handset.serial()).isEqualTo("PS" + port);
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-flashed-digest:system")).isEqualTo(sha256(TestImages.systemImage()));
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(TestImages.FINGERPRINT);
        }
    }

    @Test
    void aSystemImageThatIsNotAPhonesmithImageDoesNotBoot() throws IOException {
        flashAndReboot("not an image".getBytes(StandardCharsets.US_ASCII));

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("fastboot");
            assertThat(host.command("getvar:x-build-fingerprint").type()).isEqualTo("FAIL");
        }
    }

    @Test
    void flashingAgainPutsABootedHandsetBackInItsBootloader() throws IOException {
        flashAndReboot(TestImages.systemImage());
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download("vendor blob".getBytes(StandardCharsets.US_ASCII));
            host.command("flash:vendor");

            assertThat(host.getvar("x-boot-state")).isEqualTo("fastboot");
        }
    }

    @Test
    void flashingFailsWithoutADownloadOrOnAPartitionTheHandsetLacks() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("flash:system")).isEqualTo(new Reply("FAIL", "no image downloaded"));
            host.download(new byte[] {1, 2, 3});
            assertThat(host.command("flash:bootloader")).isEqualTo(new Reply("FAIL", "unknown partition bootloader"));
        }
    }

    @Test
    void aRebootLosesTheDownloadButNotTheFlashedPartitions() throws IOException {
        flashAndReboot(TestImages.systemImage());

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("flash:boot")).isEqualTo(new Reply("FAIL", "no image downloaded"));
            assertThat(host.getvar("x-flashed-digest:system")).isEqualTo(sha256(TestImages.systemImage()));
        }
    }

    @Test
    void erasingAPartitionForgetsWhatWasFlashedThere() throws IOException {
        flashAndReboot(TestImages.systemImage());
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("erase:system").type()).isEqualTo("OKAY");

            assertThat(host.command("getvar:x-flashed-digest:system").type()).isEqualTo("FAIL");
            assertThat(host.getvar("x-boot-state")).isEqualTo("fastboot");
        }
        assertThat(handset.flashedImage(Partition.SYSTEM)).isEmpty();
    }

    @Test
    void rebootBootloaderAndContinueCloseTheConnection() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("reboot-bootloader").type()).isEqualTo("OKAY");
            assertThat(host.readByte()).isEqualTo(-1);
        }
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("continue").type()).isEqualTo("OKAY");
            assertThat(host.readByte()).isEqualTo(-1);
        }
    }

    private void flashAndReboot(byte[] image) throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.download(image).type()).isEqualTo("OKAY");
            assertThat(host.command("flash:system").type()).isEqualTo("OKAY");
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
            assertThat(host.readByte()).isEqualTo(-1);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
