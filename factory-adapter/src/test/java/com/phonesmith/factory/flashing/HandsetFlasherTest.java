package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.factory.support.TestImages;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.Partition;
import com.phonesmith.handset.Variant;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fastboot sequence of the factory against a real virtual handset. */
class HandsetFlasherTest {
    private static final byte[] SECRET = new byte[32];

    @TempDir
    Path handsetData;
    @TempDir
    Path files;
    Handset handset;
    HandsetFlasher flasher = new HandsetFlasher(Duration.ofSeconds(10), Duration.ofSeconds(2));

    @BeforeEach
    void startHandset() throws IOException {
        handset = Handset.start(new Variant("nordvik-fjord", "birch", 256), 1,
                new InetSocketAddress("127.0.0.1", 0), handsetData);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    private FlashTarget target() {
        return new FlashTarget("127.0.0.1", handset.port(), handset.serial());
    }

    @Test
    void aPhonesmithImageIsFlashedBootedAndReportedBack() throws Exception {
        String fingerprint = TestImages.fingerprint("nordvik-fjord", "order-9");
        byte[] image = TestImages.image("order-9", "nordvik-fjord", fingerprint, 500_000);
        Path file = Files.write(files.resolve("system.img"), image);

        Readback readback = flasher.flash(target(), file, SECRET);

        assertThat(readback).isEqualTo(new Readback("booted", fingerprint, TestImages.sha256(image), handset.imei(),
                "nordvik-fjord", "birch", "256"));
        assertThat(Files.readAllBytes(handset.flashedImage(Partition.SYSTEM).orElseThrow())).isEqualTo(image);
    }

    @Test
    void theFlashWritesTheHandsetsActivationSecret() throws Exception {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        Path file = Files.write(files.resolve("system.img"), TestImages.image("order-7", "nordvik-fjord",
                TestImages.fingerprint("nordvik-fjord", "order-7"), 10_000));

        flasher.flash(target(), file, secret);

        assertThat(handset.activationSecret()).hasValueSatisfying(kept -> assertThat(kept).isEqualTo(secret));
    }

    @Test
    void anImageTheHandsetCannotBootLeavesItInFastbootWithoutFingerprint() throws Exception {
        byte[] notAnImage = "just some bytes".getBytes();
        Path file = Files.write(files.resolve("junk.img"), notAnImage);

        Readback readback = flasher.flash(target(), file, SECRET);

        assertThat(readback.bootState()).isEqualTo("fastboot");
        assertThat(readback.fingerprint()).isNull();
        assertThat(readback.flashedDigest()).isEqualTo(TestImages.sha256(notAnImage));
    }

    @Test
    void anotherHandsetAtTheStationIsNotFlashed() throws Exception {
        Path file = Files.write(files.resolve("system.img"), TestImages.image("o", "nordvik-fjord", "fp", 10));
        FlashTarget wrongSerial = new FlashTarget("127.0.0.1", handset.port(), "PS1");

        assertThatThrownBy(() -> flasher.flash(wrongSerial, file, SECRET))
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
        Path file = Files.write(files.resolve("system.img"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> flasher.flash(new FlashTarget("127.0.0.1", closedPort, "PS" + closedPort), file, SECRET))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.step()).isEqualTo("flash");
                    assertThat(e.retryable()).isTrue();
                });
    }
}
