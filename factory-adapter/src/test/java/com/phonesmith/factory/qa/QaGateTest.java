package com.phonesmith.factory.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QaGateTest {
    private static final List<VisualCheck> VISUAL = VisualCheck.parse(List.of("screen:Screen is clean",
            "buttons:Buttons click", "camera:Camera is sharp"));
    private static final List<QaCheck> ALL_PASSED = List.of(QaCheck.pass("boot", "booted", "booted"),
            QaCheck.pass("fingerprint", "fp", "fp"), QaCheck.pass("imei", "356938035643809", "356938035643809"));

    @Test
    void aPhoneWhoseChecksAllPassedAndEveryVisualCheckIsTickedMayPass() {
        assertThat(QaGate.blockers(ALL_PASSED, VISUAL, List.of("screen", "buttons", "camera"))).isEmpty();
    }

    @Test
    void everyVisualCheckNotTickedBlocksThePassByName() {
        assertThat(QaGate.blockers(ALL_PASSED, VISUAL, List.of("buttons")))
                .extracting(QaGate.Blocker::field).containsExactly("visual.screen", "visual.camera");
        assertThat(QaGate.blockers(ALL_PASSED, VISUAL, null))
                .extracting(QaGate.Blocker::reason).containsExactly("not ticked: Screen is clean",
                        "not ticked: Buttons click", "not ticked: Camera is sharp");
    }

    @Test
    void aFailedAutomatedCheckBlocksThePassEvenWhenEverythingIsTicked() {
        List<QaCheck> checks = List.of(QaCheck.pass("boot", "booted", "booted"),
                QaCheck.fail("fingerprint", "fp-2", "fp-1", "build fingerprint is fp-1, expected fp-2"));
        assertThat(QaGate.blockers(checks, VISUAL, List.of("screen", "buttons", "camera")))
                .containsExactly(new QaGate.Blocker("checks.fingerprint",
                        "failed: build fingerprint is fp-1, expected fp-2"));
    }

    @Test
    void aPhoneWithoutRecordedChecksCannotPass() {
        assertThat(QaGate.blockers(List.of(), VISUAL, List.of("screen", "buttons", "camera")))
                .extracting(QaGate.Blocker::field).containsExactly("checks");
    }

    @Test
    void aTickedCheckThatDoesNotExistIsNamed() {
        assertThat(QaGate.blockers(ALL_PASSED, VISUAL, List.of("screen", "buttons", "camera", "smell")))
                .containsExactly(new QaGate.Blocker("visual.smell", "no such visual check"));
    }

    @Test
    void visualChecksAreReadAsIdAndLabelAndABareLabelGetsItsFirstWordAsId() {
        assertThat(VisualCheck.parse(List.of(" Screen : Lights evenly ", "Speaker plays a tone", " ")))
                .containsExactly(new VisualCheck("screen", "Lights evenly"),
                        new VisualCheck("speaker", "Speaker plays a tone"));
    }
}
