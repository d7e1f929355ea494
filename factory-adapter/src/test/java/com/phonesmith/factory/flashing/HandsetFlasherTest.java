package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.handset.BootState;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.Partition;
import com.phonesmith.handset.Slot;
import com.phonesmith.handset.Variant;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fastboot sequence of the factory, flashing factory bundles to a real virtual handset. */
class HandsetFlasherTest {
    private static final byte[] SECRET = new byte[32];
    private static final String MODEL = "nordvik-fjord";
    /** GSMA's published example: a valid IMEI that is no rack handset's. */
    private static final String IMEI = "490154203237518";

    @TempDir
    Path handsetData;
    @TempDir
    Path files;
    Handset handset;
    HandsetFlasher flasher = new HandsetFlasher(Duration.ofSeconds(10), Duration.ofSeconds(2));

    @BeforeEach
    void startHandset() throws IOException {
        handset = Handset.start(new Variant(MODEL, "birch", 256), 1, new InetSocketAddress("127.0.0.1", 0),
                handsetData);
        handset.trustKeys(Bundles.TEST_BUNDLES::trusted);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    private FlashTarget target() {
        return new FlashTarget("127.0.0.1", handset.port(), handset.serial());
    }

    private UnpackedBundle unpacked(TestBundles.Bundle bundle) throws Exception {
        return unpacked(bundle, Bundles.TEST_BUNDLES.trusted());
    }

    private UnpackedBundle unpacked(TestBundles.Bundle bundle, TrustedKeys factoryTrusts) throws Exception {
        return BundleUnpacker.unpack(bundle.file(), MODEL, Files.createTempDirectory(files, "unpacked-"),
                factoryTrusts);
    }

    private static Map<String, String> signedDigests(TestBundles.Bundle bundle) {
        Map<String, String> digests = new java.util.TreeMap<>();
        bundle.partitions().forEach(partition -> digests.put(partition.name(), partition.sha256Hex()));
        return digests;
    }

    @Test
    void aBundleIsFlashedBootedAndEveryPartitionIsReportedBack() throws Exception {
        String fingerprint = Bundles.fingerprint(MODEL, "order-9");
        TestBundles.Bundle bundle = Bundles.make(MODEL, fingerprint, List.of("microg", "desktop-mode"),
                List.of("firefox"));

        Readback readback = flasher.flash(target(), unpacked(bundle), handset.imei(), SECRET);

        assertThat(readback).isEqualTo(new Readback("booted", null, fingerprint, signedDigests(bundle),
                handset.imei(), MODEL, "birch", "256", List.of("microg", "desktop-mode"),
                List.of("firefox")));
        assertThat(handset.flashedDigest(Partition.SYSTEM)).contains(bundle.partitionDigest("system"));
        assertThat(handset.runningImage()).hasValueSatisfying(running -> assertThat(running.apps())
                .containsExactly("firefox"));
    }

    @Test
    void aSparseImageLargerThanTheDownloadLimitGoesInPiecesThatTogetherBoot() throws Exception {
        long limit = 16 * 1024;
        List<PieceSent> sent = new ArrayList<>();
        HandsetFlasher capped = new HandsetFlasher(Duration.ofSeconds(10), Duration.ofSeconds(2), limit, sent::add);
        String fingerprint = Bundles.fingerprint(MODEL, "order-8");
        TestBundles.Bundle bundle = Bundles.make(MODEL, fingerprint);
        UnpackedBundle unpacked = unpacked(bundle);
        Path system = unpacked.images().stream().filter(image -> image.partition().equals("system")).findFirst()
                .orElseThrow().file();
        assertThat(SparseReader.isSparse(system)).isTrue();
        assertThat(Files.size(system)).isGreaterThan(2 * limit);

        Readback readback = capped.flash(target(), unpacked, handset.imei(), SECRET);

        assertThat(sent).filteredOn(piece -> piece.partition().equals("system")).hasSizeGreaterThan(2)
                .allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(limit))
                .extracting(PieceSent::number).startsWith(1, 2, 3);
        assertThat(sent).extracting(PieceSent::partition).containsSubsequence("boot", "system", "vendor", "product",
                "vbmeta");
        assertThat(readback.bootState()).isEqualTo("booted");
        assertThat(readback.fingerprint()).isEqualTo(fingerprint);
        assertThat(readback.partitionsDiffering(signedDigests(bundle))).isEmpty();
    }

    @Test
    void aRawImageThatFitsTheDownloadBufferIsSentWhole() throws Exception {
        List<PieceSent> sent = new ArrayList<>();
        HandsetFlasher watched = new HandsetFlasher(Duration.ofSeconds(10), Duration.ofSeconds(2), Long.MAX_VALUE,
                sent::add);
        TestBundles.Bundle bundle = Bundles.withRawImage(Bundles.make(MODEL, Bundles.fingerprint(MODEL, "order-4")),
                "system");

        Readback readback = watched.flash(target(), unpacked(bundle), handset.imei(), SECRET);

        assertThat(sent).filteredOn(piece -> piece.partition().equals("system"))
                .containsExactly(new PieceSent("system", 1, 1, 8L << 20));
        assertThat(readback.bootState()).isEqualTo("booted");
        assertThat(readback.flashedDigests()).isEqualTo(signedDigests(bundle));
    }

    @Test
    void theBundleGoesToSlotAWhichIsMadeActiveWhicheverSlotWasCurrent() throws Exception {
        String fingerprint = Bundles.fingerprint(MODEL, "order-3");
        TestBundles.Bundle bundle = Bundles.make(MODEL, fingerprint);
        try (FastbootClient client = FastbootClient.connect("127.0.0.1", handset.port(), Duration.ofSeconds(10))) {
            client.setActive("b");
        }

        Readback readback = flasher.flash(target(), unpacked(bundle), handset.imei(), SECRET);

        assertThat(handset.currentSlot()).isEqualTo(Slot.A);
        assertThat(readback.bootState()).isEqualTo("booted");
        assertThat(readback.fingerprint()).isEqualTo(fingerprint);
        for (String partition : List.of("boot", "system", "vendor", "product")) {
            Partition flashed = Partition.named(partition).orElseThrow();
            assertThat(handset.flashedDigest(flashed, Slot.A)).as(partition)
                    .contains(bundle.partitionDigest(partition));
            assertThat(handset.flashedDigest(flashed, Slot.B)).as(partition).isEmpty();
        }
        assertThat(handset.flashedImage(Partition.VBMETA, Slot.A)).isPresent();
    }

    @Test
    void theFlashWritesTheWorkOrdersImeiWhichTheRebootedHandsetReports() throws Exception {
        Readback readback = flasher.flash(target(), unpacked(Bundles.make(MODEL, Bundles.fingerprint(MODEL, "order-2"))),
                handset.imei(), SECRET);

        assertThat(handset.writtenImei()).contains(handset.imei());
        assertThat(readback.imei()).isEqualTo(handset.imei());
    }

    @Test
    void aReflashOfTheSameWorkOrderWritesTheSameImeiAgainAndPasses() throws Exception {
        UnpackedBundle bundle = unpacked(Bundles.make(MODEL, Bundles.fingerprint(MODEL, "order-1")));
        flasher.flash(target(), bundle, handset.imei(), SECRET);

        Readback again = flasher.flash(target(), bundle, handset.imei(), SECRET);

        assertThat(again.bootState()).isEqualTo("booted");
        assertThat(again.imei()).isEqualTo(handset.imei());
    }

    @Test
    void aHandsetThatHoldsAnotherImeiIsRefusedForGoodBeforeAnythingIsFlashed() throws Exception {
        try (FastbootClient client = FastbootClient.connect("127.0.0.1", handset.port(), Duration.ofSeconds(10))) {
            client.command("oem set-imei " + IMEI);
        }
        UnpackedBundle bundle = unpacked(Bundles.make(MODEL, "fp"));

        assertThatThrownBy(() -> flasher.flash(target(), bundle, handset.imei(), SECRET))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("handset " + target() + " refused IMEI " + handset.imei()
                            + ": IMEI already written: " + IMEI);
                });
        assertThat(handset.flashedDigest(Partition.SYSTEM, Slot.A)).isEmpty();
    }

    /** Flashed by hand as before the IMEI write: everything but oem set-imei. */
    @Test
    void aHandsetWhoseImeiWasNeverWrittenReportsNoneAndFailsQa() throws Exception {
        String fingerprint = Bundles.fingerprint(MODEL, "order-0");
        TestBundles.Bundle bundle = Bundles.make(MODEL, fingerprint);
        Path otherData = Files.createTempDirectory(files, "other-");
        try (Handset unwritten = Handset.start(new Variant(MODEL, "birch", 256), 2,
                new InetSocketAddress("127.0.0.1", 0), otherData)) {
            unwritten.trustKeys(Bundles.TEST_BUNDLES::trusted);
            try (FastbootClient client = FastbootClient.connect("127.0.0.1", unwritten.port(), Duration.ofSeconds(10))) {
                UnpackedBundle images = unpacked(bundle);
                client.setActive("a");
                for (PartitionImage image : images.images()) {
                    client.download(image.file());
                    client.flash(image.partition());
                }
                client.download(images.vbmeta());
                client.flash("vbmeta");
                client.reboot();
            }
            FlashTarget target = new FlashTarget("127.0.0.1", unwritten.port(), unwritten.serial());

            Readback readback = flasher.readBack(target, Map.of("system", "system_a"));

            assertThat(readback.bootState()).isEqualTo("booted");
            assertThat(readback.imei()).isNull();
            assertThat(QaRules.check(new QaExpectation(fingerprint, Map.of("system", bundle.partitionDigest("system")),
                    new com.phonesmith.factory.stock.Variant(MODEL, "birch", 256), unwritten.imei()), readback)
                    .failure()).hasValue("handset reports no written IMEI, expected " + unwritten.imei());
        }
    }

    @Test
    void theFlashWritesTheHandsetsActivationSecret() throws Exception {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);

        flasher.flash(target(), unpacked(Bundles.make(MODEL, Bundles.fingerprint(MODEL, "order-7"))), handset.imei(),
                secret);

        assertThat(handset.activationSecret()).hasValueSatisfying(kept -> assertThat(kept).isEqualTo(secret));
    }

    @Test
    void aBundleSignedWithAKeyTheHandsetDoesNotTrustIsReportedWithItsVerifiedBootReason() throws Exception {
        TestBundles stranger = new TestBundles();
        TestBundles.Bundle bundle = Bundles.make(stranger, MODEL, Bundles.fingerprint(MODEL, "order-6"));

        // the factory's keys and the handset's out of step: the handset's verified boot still refuses it
        Readback readback = flasher.flash(target(), unpacked(bundle, stranger.trusted()), handset.imei(), SECRET);

        assertThat(handset.bootState()).isEqualTo(BootState.FAILED);
        assertThat(readback.bootState()).isEqualTo("failed");
        assertThat(readback.fingerprint()).isNull();
        assertThat(readback.features()).isNull();
        assertThat(readback.apps()).isNull();
        assertThat(readback.bootError()).contains("verified boot refused the image").contains(stranger.keyId());
        assertThat(readback.partitionsDiffering(signedDigests(bundle))).isEmpty();
        assertThatThrownBy(() -> ReadbackCheck.requireSignedImageBooted(target(), readback, signedDigests(bundle)))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("failed to boot the image: " + readback.bootError());
                });
    }

    @Test
    void aCorruptedWriteShowsInTheReadBackOfThatPartition() throws Exception {
        TestBundles.Bundle bundle = Bundles.make(MODEL, Bundles.fingerprint(MODEL, "order-5"));
        handset.faults().corruptWrites(1);

        Readback readback = flasher.flash(target(), unpacked(bundle), handset.imei(), SECRET);

        assertThat(readback.partitionsDiffering(signedDigests(bundle))).containsExactly("boot");
        assertThat(readback.bootState()).isEqualTo("failed");
        assertThatThrownBy(() -> ReadbackCheck.requireSignedImageBooted(target(), readback, signedDigests(bundle)))
                .isInstanceOfSatisfying(FlashStepException.class, e -> assertThat(e.getMessage())
                        .startsWith("read-back of boot on " + target()).contains("the write was corrupted"));
    }

    @Test
    void anotherHandsetAtTheStationIsNotFlashed() throws Exception {
        UnpackedBundle bundle = unpacked(Bundles.make(MODEL, "fp"));
        FlashTarget wrongSerial = new FlashTarget("127.0.0.1", handset.port(), "PS1");

        assertThatThrownBy(() -> flasher.flash(wrongSerial, bundle, handset.imei(), SECRET))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("holds handset " + handset.serial() + ", not the reserved PS1");
                });
        assertThat(handset.flashedDigest(Partition.SYSTEM)).isEmpty();
    }

    @Test
    void aStationWhereNothingAnswersIsARetryableFlashFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        UnpackedBundle bundle = unpacked(Bundles.make(MODEL, "fp"));

        assertThatThrownBy(() -> flasher.flash(new FlashTarget("127.0.0.1", closedPort, "PS" + closedPort), bundle,
                IMEI, SECRET))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.step()).isEqualTo("flash");
                    assertThat(e.retryable()).isTrue();
                });
    }
}
