package com.phonesmith.factory.flashing;

import com.phonesmith.factory.qa.QaCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Factory QA of a flashed handset: it booted, it runs the order's build (fingerprint), every partition holds exactly
 * what the bundle's boot descriptor signed (digests), it reports the work order's IMEI as its own (the one written at
 * flashing: a handset whose IMEI was never written, or holds another, fails) and it is of the ordered variant (model,
 * colour, storage).
 */
public final class QaRules {
    public static final String BOOTED = "booted";

    private QaRules() {
    }

    public static QaVerdict check(QaExpectation expected, Readback actual) {
        List<QaCheck> checks = new ArrayList<>();
        checks.add(BOOTED.equals(actual.bootState()) ? QaCheck.pass("boot", BOOTED, actual.bootState())
                : QaCheck.fail("boot", BOOTED, actual.bootState(),
                        "handset did not boot (x-boot-state " + actual.bootState() + ")"));
        checks.add(Objects.equals(expected.fingerprint(), actual.fingerprint())
                ? QaCheck.pass("fingerprint", expected.fingerprint(), actual.fingerprint())
                : QaCheck.fail("fingerprint", expected.fingerprint(), actual.fingerprint(), actual.fingerprint() == null
                        ? "handset reports no build fingerprint, expected " + expected.fingerprint()
                        : "build fingerprint is " + actual.fingerprint() + ", expected " + expected.fingerprint()));
        List<String> differing = actual.partitionsDiffering(expected.partitionDigests());
        expected.partitionDigests().forEach((partition, signedDigest) -> {
            String signed = Digests.hex(signedDigest);
            String flashed = actual.flashedDigests().get(partition);
            String item = "partition:" + partition;
            if (!differing.contains(partition)) {
                checks.add(QaCheck.pass(item, signed, Digests.hex(flashed)));
            } else {
                checks.add(QaCheck.fail(item, signed, flashed == null ? null : Digests.hex(flashed), flashed == null
                        ? "handset reports nothing flashed to " + partition + ", expected digest " + signed
                        : "flashed " + partition + " digest is " + Digests.hex(flashed) + ", expected " + signed));
            }
        });
        String imei = trim(actual.imei());
        if (imei == null || imei.isBlank()) {
            checks.add(QaCheck.fail("imei", expected.imei(), null,
                    "handset reports no written IMEI, expected " + expected.imei()));
        } else {
            checks.add(Objects.equals(expected.imei(), imei) ? QaCheck.pass("imei", expected.imei(), imei)
                    : QaCheck.fail("imei", expected.imei(), actual.imei(),
                            "IMEI is " + actual.imei() + ", expected the reserved " + expected.imei()));
        }
        checks.add(same("model", expected.variant().model(), actual.product(),
                "model is " + actual.product() + ", expected " + expected.variant().model()));
        checks.add(same("colour", expected.variant().colour(), actual.colour(),
                "colour is " + actual.colour() + ", expected " + expected.variant().colour()));
        checks.add(same("storage", Integer.toString(expected.variant().storageGb()), trim(actual.storageGb()),
                "storage is " + actual.storageGb() + " GB, expected " + expected.variant().storageGb() + " GB"));
        return new QaVerdict(checks);
    }

    private static QaCheck same(String item, String expected, String actual, String difference) {
        return Objects.equals(expected, actual) ? QaCheck.pass(item, expected, actual)
                : QaCheck.fail(item, expected, actual, difference);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
