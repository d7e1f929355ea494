package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.factory.stock.Variant;
import org.junit.jupiter.api.Test;

class QaRulesTest {
    private static final String FINGERPRINT = "phonesmith/lumo-one/1.0:user/order-1/1:release-keys";
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String IMEI = "356938035643809";
    private static final QaExpectation ORDER = new QaExpectation(FINGERPRINT, DIGEST,
            new Variant("lumo-one", "coral", 64), IMEI);

    private static Readback asOrdered() {
        return new Readback("booted", FINGERPRINT, DIGEST, IMEI, "lumo-one", "coral", "64");
    }

    @Test
    void aHandsetThatReportsExactlyTheOrderPasses() {
        QaVerdict verdict = QaRules.check(ORDER, asOrdered());

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.failure()).isEmpty();
    }

    @Test
    void theDigestMayBeWrittenWithAPrefixAndInCapitals() {
        QaExpectation prefixed = new QaExpectation(FINGERPRINT, "sha256:" + DIGEST.toUpperCase(), ORDER.variant(),
                IMEI);

        assertThat(QaRules.check(prefixed, asOrdered()).passed()).isTrue();
    }

    @Test
    void anotherBuildFingerprintFailsNamingBothFingerprints() {
        Readback other = new Readback("booted", "phonesmith/lumo-one/0.9:user/x/1:release-keys", DIGEST, IMEI,
                "lumo-one", "coral", "64");

        assertThat(QaRules.check(ORDER, other).failure()).hasValue(
                "build fingerprint is phonesmith/lumo-one/0.9:user/x/1:release-keys, expected " + FINGERPRINT);
    }

    @Test
    void anotherFlashedDigestFails() {
        Readback other = new Readback("booted", FINGERPRINT, "00" + DIGEST.substring(2), IMEI, "lumo-one", "coral",
                "64");

        assertThat(QaRules.check(ORDER, other).failure().orElseThrow()).startsWith("flashed system digest is 00");
    }

    @Test
    void aHandsetThatDidNotBootFailsAndSaysWhy() {
        Readback notBooted = new Readback("fastboot", null, DIGEST, IMEI, "lumo-one", "coral", "64");

        QaVerdict verdict = QaRules.check(ORDER, notBooted);

        assertThat(verdict.differences()).containsExactly("handset did not boot (x-boot-state fastboot)",
                "handset reports no build fingerprint, expected " + FINGERPRINT);
    }

    @Test
    void everyDifferenceOfTheVariantIsNamed() {
        Readback otherVariant = new Readback("booted", FINGERPRINT, DIGEST, IMEI, "lumo-pro", "ink", "128");

        assertThat(QaRules.check(ORDER, otherVariant).failure()).hasValue(
                "model is lumo-pro, expected lumo-one; colour is ink, expected coral; storage is 128 GB, expected 64 GB");
    }

    @Test
    void anotherHandsetThanTheReservedOneFails() {
        Readback otherHandset = new Readback("booted", FINGERPRINT, DIGEST, "490154203237518", "lumo-one", "coral",
                "64");

        assertThat(QaRules.check(ORDER, otherHandset).failure())
                .hasValue("IMEI is 490154203237518, expected the reserved " + IMEI);
    }
}
