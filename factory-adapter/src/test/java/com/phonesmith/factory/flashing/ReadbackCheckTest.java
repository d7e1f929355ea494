package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadbackCheckTest {
    private static final FlashTarget TARGET = new FlashTarget("127.0.0.1", 5554, "PS5554");
    private static final String BOOT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SYSTEM = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final String OTHER = "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13";
    private static final Map<String, String> SIGNED = Map.of("boot", BOOT, "system", SYSTEM);

    private static Readback readback(String bootState, String bootError, Map<String, String> flashed) {
        return new Readback(bootState, bootError, null, flashed, "356938035643809", "lumo-one", "coral", "64");
    }

    @Test
    void aHandsetThatBootedExactlyTheSignedPartitionsPasses() {
        assertThatCode(() -> ReadbackCheck.requireSignedImageBooted(TARGET, readback("booted", null, SIGNED), SIGNED))
                .doesNotThrowAnyException();
    }

    @Test
    void everyPartitionThatReadsBackDifferentlyIsNamedAndFlashedAgain() {
        Readback corrupted = readback("failed", "verified boot refused the image", Map.of("system", OTHER));

        assertThatThrownBy(() -> ReadbackCheck.requireSignedImageBooted(TARGET, corrupted, SIGNED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.retryable()).isTrue())
                .hasMessage("read-back of boot, system on PS5554 at 127.0.0.1:5554 is not the bundle's signed digest"
                        + " (boot holds nothing, signed " + BOOT + "; system holds " + OTHER + ", signed " + SYSTEM
                        + "): the write was corrupted; flashing again");
    }

    @Test
    void aBootRefusedByTheHandsetIsFlashedAgainWithTheHandsetsReason() {
        Readback refused = readback("failed", "verified boot refused the image: rollback index 4 is older than the"
                + " device's 5", SIGNED);

        assertThatThrownBy(() -> ReadbackCheck.requireSignedImageBooted(TARGET, refused, SIGNED))
                .isInstanceOf(FlashStepException.class)
                .hasMessage("handset PS5554 at 127.0.0.1:5554 failed to boot the image: verified boot refused the"
                        + " image: rollback index 4 is older than the device's 5; flashing it again");
    }
}
