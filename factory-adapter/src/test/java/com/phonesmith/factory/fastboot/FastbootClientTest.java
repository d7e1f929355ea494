package com.phonesmith.factory.fastboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparsePiece;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.contracts.image.sparse.SparseSplitter;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.handset.BootState;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.Partition;
import com.phonesmith.handset.Variant;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factory's fastboot client against a virtual handset from handset-emulator. */
class FastbootClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String FINGERPRINT = "phonesmith/lumo-one/0.1:user/order-7/1:release-keys";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    Handset handset;

    @BeforeEach
    void startHandset() throws IOException {
        handset = Handset.start(new Variant("lumo-one", "coral", 64), 1, new InetSocketAddress("127.0.0.1", 0),
                dataDir);
        handset.trustKeys(Bundles.TEST_BUNDLES::trusted);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    @Test
    void getvarReturnsTheDevicesAnswer() throws IOException {
        try (FastbootClient client = connect()) {
            assertThat(client.getvar("version")).isEqualTo("0.4");
            assertThat(client.getvar("product")).isEqualTo("lumo-one");
            assertThat(client.getvar("x-imei")).isEqualTo(handset.imei());
            assertThat(client.getvar("x-boot-state")).isEqualTo("fastboot");
        }
    }

    @Test
    void aFailReplyThrowsWithTheDevicesMessageAndTheConnectionCarriesOn() throws IOException {
        try (FastbootClient client = connect()) {
            assertThatThrownBy(() -> client.getvar("no-such-variable"))
                    .isInstanceOfSatisfying(FastbootException.class, e -> {
                        assertThat(e.deviceMessage()).isEqualTo("unknown variable");
                        assertThat(e.command()).isEqualTo("getvar:no-such-variable");
                    });
            assertThatThrownBy(() -> client.flash("system")).hasMessageContaining("no image downloaded");

            assertThat(client.getvar("serialno")).isEqualTo(handset.serial());
        }
    }

    @Test
    void flashingABundleInSparsePiecesThenRebootingReportsItsBuild() throws Exception {
        TestBundles.Bundle bundle = Bundles.make("lumo-one", FINGERPRINT);
        try (FactoryBundle opened = FactoryBundle.open(bundle.file()); FastbootClient client = connect()) {
            for (String partition : opened.partitions()) {
                Path image = opened.extract(partition, files.resolve(partition + ".img"));
                if (SparseReader.isSparse(image)) {
                    for (SparsePiece piece : SparseSplitter.split(image, 20 * 1024)) {
                        client.download(piece.sizeBytes(), piece::writeTo);
                        client.flash(partition);
                    }
                } else {
                    client.download(image);
                    client.flash(partition);
                }
            }
            client.download(opened.vbmeta());
            client.flash("vbmeta");
            client.reboot();
        }

        try (FastbootClient client = connect()) {
            assertThat(client.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(client.getvar("x-build-fingerprint")).isEqualTo(FINGERPRINT);
            assertThat(client.getvar("x-installed-features")).isEqualTo("microg");
            assertThat(client.getvar("x-installed-apps")).isEqualTo("firefox");
            assertThat(client.getvar("x-flashed-digest:system")).isEqualTo(bundle.partitionDigest("system"));
        }
    }

    @Test
    void aPayloadOfKnownSizeGoesOutInPacketsAndLandsWholeOnThePartition() throws IOException {
        byte[] data = new byte[3 * FastbootClient.DOWNLOAD_PACKET_BYTES + 12345];
        new Random(1).nextBytes(data);
        try (FastbootClient client = connect()) {
            client.download(data.length, out -> {
                for (int offset = 0; offset < data.length; offset += 70_001) {
                    out.write(data, offset, Math.min(70_001, data.length - offset));
                }
            });
            client.flash("userdata");

            assertThat(client.getvar("x-flashed-digest:userdata")).isEqualTo(sha256(data));
        }
        assertThat(handset.flashedImage(Partition.USERDATA)).hasValueSatisfying(
                stored -> assertThat(stored).hasBinaryContent(data));
    }

    @Test
    void aFileLargerThanTheClientsReadBufferLandsWholeOnThePartition() throws IOException {
        byte[] data = new byte[2 * FastbootClient.DOWNLOAD_PACKET_BYTES + 777];
        new Random(2).nextBytes(data);
        Path file = java.nio.file.Files.write(files.resolve("userdata.img"), data);
        try (FastbootClient client = connect()) {
            client.download(file);
            client.flash("userdata");

            assertThat(client.getvar("x-flashed-digest:userdata")).isEqualTo(sha256(data));
        }
        assertThat(handset.flashedImage(Partition.USERDATA)).hasValueSatisfying(
                stored -> assertThat(stored).hasBinaryContent(data));
    }

    @Test
    void aPayloadThatWritesLessOrMoreThanAnnouncedBreaksTheConnection() throws IOException {
        FastbootClient shortOne = connect();
        assertThatThrownBy(() -> shortOne.download(100, out -> out.write(new byte[50])))
                .hasMessage("the payload wrote 50 of the 100 bytes announced");
        assertThatThrownBy(() -> shortOne.getvar("version")).isInstanceOf(IllegalStateException.class);

        FastbootClient longOne = connect();
        assertThatThrownBy(() -> longOne.download(100, out -> out.write(new byte[101])))
                .hasMessage("the payload writes more than the 100 bytes announced");
        assertThatThrownBy(() -> longOne.getvar("version")).isInstanceOf(IllegalStateException.class);

        try (FastbootClient client = connect()) {
            assertThat(client.getvar("version")).isEqualTo("0.4");
        }
    }

    @Test
    void infoMessagesOfTheDeviceReachTheListenerAndTheList() throws IOException {
        List<String> heard = new ArrayList<>();
        try (FastbootClient client = connect().onMessage(heard::add)) {
            client.download(new byte[] {1, 2, 3, 4});
            client.flash("boot");

            String expected = "wrote boot_a, sha256 " + sha256(new byte[] {1, 2, 3, 4});
            assertThat(heard).containsExactly(expected);
            assertThat(client.messages()).containsExactly(expected);
        }
    }

    @Test
    void getvarAllCollectsEveryVariableFromItsInfoLinesAndFindsThemByTheirFullName() throws IOException {
        try (FastbootClient client = connect()) {
            AllVariables all = client.getvarAll();

            assertThat(all.lines()).contains("product:lumo-one", "has-slot:system:yes");
            assertThat(all.get("product")).contains("lumo-one");
            assertThat(all.get("x-colour")).contains("coral");
            assertThat(all.get("x-storage-gb")).contains("64");
            assertThat(all.get("current-slot")).contains("a");
            assertThat(all.get("has-slot:system")).contains("yes");
            assertThat(all.get("partition-size:system_b")).contains("0x40000000");
            assertThat(all.get("partition-size:system")).as("bootloaders list partitions as they are on the flash")
                    .isEmpty();
        }
    }

    @Test
    void aValueWithColonsOrAfterASpaceIsReadWhole() {
        AllVariables all = new AllVariables(List.of("x-build-fingerprint:phonesmith/lumo-one/0.1:user/x/1:release-keys",
                "version-bootloader: angler-03.79"));

        assertThat(all.get("x-build-fingerprint")).contains("phonesmith/lumo-one/0.1:user/x/1:release-keys");
        assertThat(all.get("version-bootloader")).contains("angler-03.79");
        assertThat(all.get("x-build")).isEmpty();
    }

    @Test
    void setActiveMakesTheSlotTheOneThatABareFlashWrites() throws IOException {
        try (FastbootClient client = connect()) {
            client.setActive("b");
            client.download(new byte[] {5, 6, 7});
            client.flash("boot");

            assertThat(client.getvar("current-slot")).isEqualTo("b");
            assertThat(client.getvar("x-flashed-digest:boot_b")).isEqualTo(sha256(new byte[] {5, 6, 7}));
            assertThatThrownBy(() -> client.setActive("c")).isInstanceOfSatisfying(FastbootException.class,
                    e -> assertThat(e.deviceMessage()).isEqualTo("unknown slot c: this handset has slots a and b"));
        }
    }

    @Test
    void aDownloadOverMaxDownloadSizeIsRefusedBeforeAnyDataIsSent() throws IOException {
        Path tooLarge = files.resolve("too-large.img");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(Handset.MAX_DOWNLOAD_SIZE + 1);
        }
        try (FastbootClient client = connect()) {
            assertThatThrownBy(() -> client.download(tooLarge)).isInstanceOf(FastbootException.class)
                    .hasMessageContaining("max-download-size");

            assertThat(client.getvar("version")).isEqualTo("0.4");
        }
    }

    @Test
    void rebootingToTheBootloaderClosesTheClient() throws IOException {
        FastbootClient client = connect();
        client.rebootBootloader();

        assertThatThrownBy(() -> client.getvar("version")).isInstanceOf(IllegalStateException.class);
        assertThat(handset.bootState()).isEqualTo(BootState.FASTBOOT);
    }

    @Test
    void commandsMustBeAsciiAndAtMost4096Bytes() throws IOException {
        try (FastbootClient client = connect()) {
            assertThatThrownBy(() -> client.command("getvar:" + "x".repeat(4090)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.command("getvar:prodüct")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private FastbootClient connect() throws IOException {
        return FastbootClient.connect(handset.host(), handset.port(), TIMEOUT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
