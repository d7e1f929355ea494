package com.phonesmith.workflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDetailsTest {
    private static final String DIGEST = "sha256:3f2a9c4e1b7d4e2f9a510c6d8e7f1a2b3f2a9c4e1b7d4e2f9a510c6d8e7f1a2b";

    @Test
    void anOrderIsDescribedByItsConfiguration() {
        OrderPlaced placed = new OrderPlaced("o1", "lumo", "lumo-one", "coral", 64, List.of("microg", "privacy-dns"),
                List.of(), 29_900, "EUR", "a@example.org", Instant.EPOCH);
        assertThat(TimelineDetails.orderPlaced(placed))
                .isEqualTo("Ordered lumo lumo-one, coral, 64 GB; features: microg, privacy-dns; apps: none");
    }

    @Test
    void theSentCommandsSayWhatWasAskedFor() {
        assertThat(TimelineDetails.buildImageSent(new BuildImage("o1", "lumo-one", List.of("microg"), List.of("signal"))))
                .isEqualTo("Image build requested for lumo-one (features: microg; apps: signal)");
        assertThat(TimelineDetails.scheduleBuildSent(new ScheduleBuild("o1", "lumo-one", "coral", 64)))
                .isEqualTo("Factory build requested: lumo-one, coral, 64 GB");
        assertThat(TimelineDetails.flashHandsetSent(new FlashHandset("o1", "http://x", DIGEST, "fp"), "356938035643809"))
                .isEqualTo("Flashing of image 3f2a9c4e… onto IMEI 356938035643809 requested");
        assertThat(TimelineDetails.flashHandsetSent(new FlashHandset("o1", "http://x", DIGEST, "fp"), null))
                .isEqualTo("Flashing of image 3f2a9c4e… requested");
    }

    @Test
    void aReadyImageShowsItsShortDigestAndReadableSize() {
        assertThat(TimelineDetails.imageReady(new ImageReady("o1", DIGEST, 1_258_291, "http://x", "fp")))
                .isEqualTo("Image 3f2a9c4e… ready (1.2 MB)");
    }

    @Test
    void aFailedImageBuildSaysWhy() {
        assertThat(TimelineDetails.imageBuildFailed(new ImageBuildFailed("o1", "unknown app 'solitaire'")))
                .isEqualTo("Image build failed: unknown app 'solitaire'");
        assertThat(TimelineDetails.imageBuildFailed(new ImageBuildFailed("o1", null)))
                .isEqualTo("Image build failed: ?");
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(TimelineDetails.size(0)).isEqualTo("0 B");
        assertThat(TimelineDetails.size(1023)).isEqualTo("1023 B");
        assertThat(TimelineDetails.size(2048)).isEqualTo("2.0 KB");
        assertThat(TimelineDetails.size(3L * 1024 * 1024 * 1024 + 400L * 1024 * 1024)).isEqualTo("3.4 GB");
    }

    @Test
    void aDigestWithoutAlgorithmPrefixOrShorterThanEightIsShownAsItIs() {
        assertThat(TimelineDetails.shortDigest("abcdef0123456789")).isEqualTo("abcdef01…");
        assertThat(TimelineDetails.shortDigest("abc")).isEqualTo("abc");
        assertThat(TimelineDetails.shortDigest(null)).isEqualTo("?");
    }

    @Test
    void factoryEventsNameTheHandsetAndWhatHappened() {
        assertThat(TimelineDetails.handsetReserved(new HandsetReserved("o1", "356938035643809", "NVK-7")))
                .isEqualTo("Handset IMEI 356938035643809 reserved (serial NVK-7)");
        assertThat(TimelineDetails.handsetReserved(new HandsetReserved("o1", "356938035643809", null)))
                .isEqualTo("Handset IMEI 356938035643809 reserved");
        assertThat(TimelineDetails.flashed(new Flashed("o1", "356938035643809", DIGEST)))
                .isEqualTo("Image 3f2a9c4e… flashed onto IMEI 356938035643809");
        assertThat(TimelineDetails.qaPassed(new QaPassed("o1", "356938035643809", "ps/fjord:14/PS1")))
                .isEqualTo("QA passed on IMEI 356938035643809 (build ps/fjord:14/PS1)");
        assertThat(TimelineDetails.qaFailed(new QaFailed("o1", "356938035643809", "app signal missing")))
                .isEqualTo("QA failed on IMEI 356938035643809: app signal missing");
        assertThat(TimelineDetails.packed(new Packed("o1", "356938035643809")))
                .isEqualTo("Packed (IMEI 356938035643809)");
        assertThat(TimelineDetails.shipped(new Shipped("o1", "356938035643809", "DHL", "JJD0001234567")))
                .isEqualTo("Shipped with DHL, tracking JJD0001234567");
        assertThat(TimelineDetails.factoryStepFailed(new FactoryStepFailed("o1", "flash", "handset did not answer")))
                .isEqualTo("Factory step flash failed: handset did not answer");
    }

    @Test
    void missingFieldsShowAsAQuestionMarkRatherThanNull() {
        assertThat(TimelineDetails.shipped(new Shipped("o1", null, null, null)))
                .isEqualTo("Shipped with ?, tracking ?");
    }
}
