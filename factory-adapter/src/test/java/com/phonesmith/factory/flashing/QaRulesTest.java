package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.factory.qa.QaCheck;
import com.phonesmith.factory.stock.Variant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QaRulesTest {
    private static final String FINGERPRINT = "phonesmith/lumo-one/1.0:user/order-1/1:release-keys";
    private static final String BOOT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SYSTEM = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final String VENDOR = "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13";
    private static final Map<String, String> SIGNED = Map.of("boot", BOOT, "system", SYSTEM, "vendor", VENDOR);
    private static final String IMEI = "356938035643809";
    private static final QaExpectation ORDER = new QaExpectation(FINGERPRINT, SIGNED,
            new Variant("lumo-one", "coral", 64), IMEI);

    private static Readback asOrdered() {
        return new Readback("booted", null, FINGERPRINT, SIGNED, IMEI, "lumo-one", "coral", "64");
    }

    private static Map<String, String> flashedWith(String partition, String digest) {
        Map<String, String> flashed = new TreeMap<>(SIGNED);
        if (digest == null) {
            flashed.remove(partition);
        } else {
            flashed.put(partition, digest);
        }
        return flashed;
    }

    @Test
    void aHandsetThatReportsExactlyTheOrderPasses() {
        QaVerdict verdict = QaRules.check(ORDER, asOrdered());

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.failure()).isEmpty();
    }

    @Test
    void everyCheckIsListedWithWhatTheOrderExpectsAndWhatTheHandsetReported() {
        Readback otherColour = new Readback("booted", null, FINGERPRINT, flashedWith("system", SYSTEM), IMEI,
                "lumo-one", "ink", "64");

        QaVerdict verdict = QaRules.check(ORDER, otherColour);

        assertThat(verdict.checks()).extracting(com.phonesmith.factory.qa.QaCheck::item)
                .startsWith("boot", "fingerprint").contains("partition:system")
                .endsWith("imei", "model", "colour", "storage", "features", "apps");
        assertThat(verdict.checks()).filteredOn(check -> !check.passed()).singleElement()
                .isEqualTo(com.phonesmith.factory.qa.QaCheck.fail("colour", "coral", "ink",
                        "colour is ink, expected coral"));
    }

    @Test
    void theDigestsMayBeWrittenWithAPrefixAndInCapitals() {
        Readback shouted = new Readback("booted", null, FINGERPRINT, flashedWith("system",
                "sha256:" + SYSTEM.toUpperCase()), IMEI, "lumo-one", "coral", "64");

        assertThat(QaRules.check(ORDER, shouted).passed()).isTrue();
    }

    @Test
    void anotherBuildFingerprintFailsNamingBothFingerprints() {
        Readback other = new Readback("booted", null, "phonesmith/lumo-one/0.9:user/x/1:release-keys", SIGNED, IMEI,
                "lumo-one", "coral", "64");

        assertThat(QaRules.check(ORDER, other).failure()).hasValue(
                "build fingerprint is phonesmith/lumo-one/0.9:user/x/1:release-keys, expected " + FINGERPRINT);
    }

    @Test
    void everyPartitionWhoseDigestIsNotTheSignedOneFailsByName() {
        Map<String, String> flashed = flashedWith("vendor", "00" + VENDOR.substring(2));
        flashed.remove("boot");
        Readback other = new Readback("booted", null, FINGERPRINT, flashed, IMEI, "lumo-one", "coral", "64");

        assertThat(QaRules.check(ORDER, other).differences()).containsExactly(
                "handset reports nothing flashed to boot, expected digest " + BOOT,
                "flashed vendor digest is 00" + VENDOR.substring(2) + ", expected " + VENDOR);
    }

    @Test
    void aHandsetThatDidNotBootFailsAndSaysWhy() {
        Readback notBooted = new Readback("booting", null, null, SIGNED, IMEI, "lumo-one", "coral", "64");

        QaVerdict verdict = QaRules.check(ORDER, notBooted);

        assertThat(verdict.differences()).containsExactly("handset did not boot (x-boot-state booting)",
                "handset reports no build fingerprint, expected " + FINGERPRINT);
    }

    @Test
    void everyDifferenceOfTheVariantIsNamed() {
        Readback otherVariant = new Readback("booted", null, FINGERPRINT, SIGNED, IMEI, "lumo-pro", "ink", "128");

        assertThat(QaRules.check(ORDER, otherVariant).failure()).hasValue(
                "model is lumo-pro, expected lumo-one; colour is ink, expected coral; storage is 128 GB, expected 64 GB");
    }

    @Test
    void aHandsetWhoseImeiWasNeverWrittenFails() {
        Readback unwritten = new Readback("booted", null, FINGERPRINT, SIGNED, null, "lumo-one", "coral", "64");

        assertThat(QaRules.check(ORDER, unwritten).failure())
                .hasValue("handset reports no written IMEI, expected " + IMEI);
    }

    @Test
    void anotherHandsetThanTheReservedOneFails() {
        Readback otherHandset = new Readback("booted", null, FINGERPRINT, SIGNED, "490154203237518", "lumo-one",
                "coral", "64");

        assertThat(QaRules.check(ORDER, otherHandset).failure())
                .hasValue("IMEI is 490154203237518, expected the reserved " + IMEI);
    }

    private static final QaExpectation ORDER_WITH_SOFTWARE = new QaExpectation(FINGERPRINT, SIGNED,
            new Variant("lumo-one", "coral", 64), IMEI, List.of("microg", "desktop-mode"), List.of("firefox", "signal"));

    private static Readback installed(List<String> features, List<String> apps) {
        return new Readback("booted", null, FINGERPRINT, SIGNED, IMEI, "lumo-one", "coral", "64", features, apps);
    }

    @Test
    void aHandsetWithEveryOrderedFeatureAndAppPassesWithOneCheckForEach() {
        QaVerdict verdict = QaRules.check(ORDER_WITH_SOFTWARE,
                installed(List.of("desktop-mode", "microg"), List.of("signal", "firefox")));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checks()).extracting(QaCheck::item).endsWith("storage", "feature:microg",
                "feature:desktop-mode", "app:firefox", "app:signal");
        assertThat(verdict.checks()).filteredOn(check -> check.item().equals("feature:desktop-mode")).singleElement()
                .isEqualTo(QaCheck.pass("feature:desktop-mode", "installed", "installed"));
    }

    @Test
    void anOrderedFeatureTheHandsetDoesNotHaveFailsNamingIt() {
        QaVerdict verdict = QaRules.check(ORDER_WITH_SOFTWARE,
                installed(List.of("microg"), List.of("firefox", "signal")));

        assertThat(verdict.failure()).hasValue("feature desktop-mode ordered but not installed");
        assertThat(verdict.checks()).filteredOn(check -> !check.passed()).singleElement().isEqualTo(QaCheck.fail(
                "feature:desktop-mode", "installed", "not installed", "feature desktop-mode ordered but not installed"));
    }

    @Test
    void anAppInstalledButNotOrderedFailsNamingIt() {
        QaVerdict verdict = QaRules.check(ORDER_WITH_SOFTWARE,
                installed(List.of("microg", "desktop-mode"), List.of("firefox", "games-pack", "signal")));

        assertThat(verdict.failure()).hasValue("app games-pack installed but not ordered");
        assertThat(verdict.checks()).extracting(QaCheck::item).endsWith("app:firefox", "app:signal", "app:games-pack");
        assertThat(verdict.checks()).filteredOn(check -> check.item().equals("app:games-pack")).singleElement()
                .isEqualTo(QaCheck.fail("app:games-pack", "not ordered", "installed",
                        "app games-pack installed but not ordered"));
    }

    @Test
    void featuresAndAppsCompareAsSetsIgnoringOrderRepeatsAndSpaces() {
        QaVerdict verdict = QaRules.check(ORDER_WITH_SOFTWARE,
                installed(List.of(" desktop-mode", "microg", "microg"), List.of("signal ", "firefox", "")));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checks()).filteredOn(check -> check.item().startsWith("app:")).hasSize(2);
    }

    @Test
    void anOrderWithoutAnyAppsFailsEveryAppTheHandsetHas() {
        QaExpectation noApps = new QaExpectation(FINGERPRINT, SIGNED, new Variant("lumo-one", "coral", 64), IMEI,
                List.of(), List.of());

        assertThat(QaRules.check(noApps, installed(List.of(), List.of())).passed()).isTrue();
        assertThat(QaRules.check(noApps, installed(List.of(), List.of("firefox"))).failure())
                .hasValue("app firefox installed but not ordered");
    }

    @Test
    void aHandsetThatReportsNoFeaturesOrAppsHasNoneOfTheOrderedOnes() {
        Readback notBooted = new Readback("booting", null, null, SIGNED, IMEI, "lumo-one", "coral", "64");

        assertThat(QaRules.check(ORDER_WITH_SOFTWARE, notBooted).differences()).containsExactly(
                "handset did not boot (x-boot-state booting)",
                "handset reports no build fingerprint, expected " + FINGERPRINT,
                "feature microg ordered but not installed", "feature desktop-mode ordered but not installed",
                "app firefox ordered but not installed", "app signal ordered but not installed");
    }

    @Test
    void featuresAndAppsNotKnownForTheOrderAreNotCheckedAndTheChecklistSaysSo() {
        QaVerdict verdict = QaRules.check(ORDER, installed(List.of("microg"), List.of("firefox", "games-pack")));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checks()).extracting(QaCheck::item).doesNotContain("feature:microg", "app:games-pack");
        assertThat(verdict.checks()).filteredOn(check -> check.item().equals("features")).singleElement()
                .isEqualTo(QaCheck.pass("features", QaRules.NOT_CHECKED, "microg"));
        assertThat(verdict.checks()).filteredOn(check -> check.item().equals("apps")).singleElement()
                .isEqualTo(QaCheck.pass("apps", QaRules.NOT_CHECKED, "firefox,games-pack"));
    }

    @Test
    void onlyTheListNotKnownIsSkipped() {
        QaExpectation appsNotKnown = new QaExpectation(FINGERPRINT, SIGNED, new Variant("lumo-one", "coral", 64), IMEI,
                List.of("microg"), null);

        QaVerdict verdict = QaRules.check(appsNotKnown, installed(List.of(), List.of("firefox")));

        assertThat(verdict.failure()).hasValue("feature microg ordered but not installed");
        assertThat(verdict.checks()).extracting(QaCheck::item).endsWith("feature:microg", "apps");
    }
}
