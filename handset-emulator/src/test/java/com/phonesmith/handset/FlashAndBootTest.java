package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.handset.RawFastbootHost.Reply;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlashAndBootTest {
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

    @Test
    void flashingABundleThenRebootingReportsItsFingerprintFeaturesAppsAndDigests() throws IOException {
        flashAndReboot();

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(HandsetFixture.FINGERPRINT);
            assertThat(host.getvar("x-installed-features")).isEqualTo("dark-mode,vpn");
            assertThat(host.getvar("x-installed-apps")).isEqualTo("org.example.maps,org.example.chat");
            for (String partition : new String[] {"boot", "system", "vendor", "product"}) {
                assertThat(host.getvar("x-flashed-digest:" + partition)).as(partition)
                        .isEqualTo(bundle.partitionDigest(partition));
            }
        }
    }

    @Test
    void aFlashedPartitionIsWrittenToTheCurrentSlotInTheHandsetsDirectory() throws IOException {
        byte[] image = "ANDROID! a boot image".getBytes(StandardCharsets.US_ASCII);
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(image);
            host.send("flash:boot");

            assertThat(host.readReply()).isEqualTo(new Reply("INFO", "wrote boot_a, sha256 " + sha256(image)));
            assertThat(host.readReply()).isEqualTo(new Reply("OKAY", ""));
        }
        assertThat(dataDir.resolve(handset.serial()).resolve("boot_a.img")).hasBinaryContent(image);
    }

    @Test
    void aRestartedHandsetKeepsWhatWasFlashedAndBootsItAgainThroughVerifiedBoot() throws IOException {
        flashAndReboot();
        int port = handset.port();
        handset.close();

        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10));

        assertThat(handset.serial()).isEqualTo("PS" + port);
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-flashed-digest:system")).isEqualTo(bundle.partitionDigest("system"));
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(HandsetFixture.FINGERPRINT);
        }
    }

    @Test
    void aRestartedHandsetThatNoLongerTrustsTheSigningKeyStaysInItsBootloader() throws IOException {
        flashAndReboot();
        int port = handset.port();
        handset.close();

        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10), TrustedKeys::none);

        assertThat(handset.bootState()).isEqualTo(BootState.FAILED);
        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("signed with key " + HandsetFixture.BUNDLES.keyId()));
    }

    @Test
    void aRestartedHandsetBootsWithTheKeysItIsGivenAfterItStarted() throws IOException {
        flashAndReboot();
        int port = handset.port();
        handset.close();

        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10), TrustedKeys::none);
        handset.trustKeys(HandsetFixture.BUNDLES::trusted);

        assertThat(handset.bootState()).isEqualTo(BootState.BOOTED);
    }

    @Test
    void aHandsetWithNothingOnItsVbmetaPartitionStaysInItsBootloaderSayingSo() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download("not an image".getBytes(StandardCharsets.US_ASCII));
            host.command("flash:system");
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
        }

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("failed");
            assertThat(host.getvar("x-boot-error")).isEqualTo("no boot descriptor on the vbmeta partition");
            assertThat(host.command("getvar:x-build-fingerprint").type()).isEqualTo("FAIL");
        }
    }

    @Test
    void aVbmetaPartitionThatHoldsNoDescriptorIsRefused() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download("not a descriptor".getBytes(StandardCharsets.US_ASCII));
            host.command("flash:vbmeta");
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
        }

        assertThat(handset.bootState()).isEqualTo(BootState.FAILED);
        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("verified boot refused the image: malformed descriptor"));
    }

    @Test
    void flashingAgainPutsABootedHandsetBackInItsBootloader() throws IOException {
        flashAndReboot();
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
        flashAndReboot();

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("flash:boot")).isEqualTo(new Reply("FAIL", "no image downloaded"));
            assertThat(host.getvar("x-flashed-digest:system")).isEqualTo(bundle.partitionDigest("system"));
        }
    }

    @Test
    void erasingAPartitionForgetsWhatWasFlashedThereAndTheNextBootMissesIt() throws IOException {
        flashAndReboot();
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("erase:system").type()).isEqualTo("OKAY");

            assertThat(host.command("getvar:x-flashed-digest:system").type()).isEqualTo("FAIL");
            assertThat(host.getvar("x-boot-state")).isEqualTo("fastboot");
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
        }
        assertThat(handset.flashedImage(Partition.SYSTEM)).isEmpty();
        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("partition system is missing"));
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

    private void flashAndReboot() throws IOException {
        new BundleFlasher(handset, work).flashAndReboot(bundle);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
