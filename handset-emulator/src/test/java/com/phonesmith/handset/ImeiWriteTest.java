package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The factory writes the IMEI with {@code oem set-imei}: Luhn-checked, written once, kept in per-device storage, and
 * what the handset then reports ({@code x-written-imei}); {@code x-imei} stays the label's.
 */
class ImeiWriteTest {
    /** GSMA's published example, with a valid Luhn check digit. */
    private static final String IMEI = "490154203237518";

    @TempDir
    Path dataDir;
    @TempDir
    Path work;
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
    void beforeAnyWriteTheLabelImeiIsReadableAndNoWrittenImeiIsReported() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-imei")).isEqualTo(handset.imei());
            assertThat(host.command("getvar:x-written-imei")).isEqualTo(new Reply("FAIL", "no IMEI written"));
        }
        assertThat(handset.writtenImei()).isEmpty();
    }

    @Test
    void aWrittenImeiIsReportedWhileTheLabelImeiStaysReadable() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("oem set-imei " + IMEI)).isEqualTo(new Reply("OKAY", ""));

            assertThat(host.getvar("x-written-imei")).isEqualTo(IMEI);
            assertThat(host.getvar("x-imei")).isEqualTo(handset.imei());
        }
        assertThat(handset.writtenImei()).contains(IMEI);
    }

    @Test
    void theWrittenImeiSurvivesReflashingErasingRebootingAndARestart() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.command("oem set-imei " + IMEI);
        }
        new BundleFlasher(handset, work).flashAndReboot(HandsetFixture.bundle(work));
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-written-imei")).isEqualTo(IMEI);
            assertThat(host.command("erase:system").type()).isEqualTo("OKAY");
            assertThat(host.command("erase:userdata").type()).isEqualTo("OKAY");
        }
        int port = handset.port();
        handset.close();
        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10));

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-written-imei")).isEqualTo(IMEI);
        }
    }

    @Test
    void writingTheSameImeiAgainIsAccepted() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("oem set-imei " + IMEI).type()).isEqualTo("OKAY");

            assertThat(host.command("oem set-imei " + IMEI)).isEqualTo(new Reply("OKAY", ""));
            assertThat(host.getvar("x-written-imei")).isEqualTo(IMEI);
        }
    }

    @Test
    void anotherImeiAfterOneWasWrittenIsRefusedNamingTheWrittenOne() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.command("oem set-imei " + IMEI);

            assertThat(host.command("oem set-imei " + handset.imei()))
                    .isEqualTo(new Reply("FAIL", "IMEI already written: " + IMEI));
            assertThat(host.getvar("x-written-imei")).isEqualTo(IMEI);
        }
    }

    @Test
    void anImeiWithAWrongCheckDigitIsRefusedAndNothingIsWritten() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("oem set-imei 490154203237517")).isEqualTo(new Reply("FAIL",
                    "IMEI 490154203237517 fails its Luhn check: its last digit should be 8"));
            assertThat(host.command("getvar:x-written-imei").type()).isEqualTo("FAIL");
        }
        assertThat(handset.writtenImei()).isEmpty();
    }

    @Test
    void anImeiThatIsNotFifteenDigitsIsRefused() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("oem set-imei 49015420323751"))
                    .isEqualTo(new Reply("FAIL", "IMEI must be 15 digits, not 49015420323751"));
            assertThat(host.command("oem set-imei 49015420323751x"))
                    .isEqualTo(new Reply("FAIL", "IMEI must be 15 digits, not 49015420323751x"));
            assertThat(host.command("oem set-imei"))
                    .isEqualTo(new Reply("FAIL", "IMEI must be 15 digits, not nothing"));
        }
    }
}
