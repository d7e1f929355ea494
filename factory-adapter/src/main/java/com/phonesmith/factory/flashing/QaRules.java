package com.phonesmith.factory.flashing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Factory QA of a flashed handset: it booted, it runs the order's build (fingerprint), its system partition holds
 * exactly the order's image (digest), and it is the reserved handset of the ordered variant (IMEI, model, colour,
 * storage).
 */
public final class QaRules {
    public static final String BOOTED = "booted";

    private QaRules() {
    }

    public static QaVerdict check(QaExpectation expected, Readback actual) {
        List<String> differences = new ArrayList<>();
        if (!BOOTED.equals(actual.bootState())) {
            differences.add("handset did not boot (x-boot-state " + actual.bootState() + ")");
        }
        if (!Objects.equals(expected.fingerprint(), actual.fingerprint())) {
            differences.add(actual.fingerprint() == null
                    ? "handset reports no build fingerprint, expected " + expected.fingerprint()
                    : "build fingerprint is " + actual.fingerprint() + ", expected " + expected.fingerprint());
        }
        if (!Digests.same(expected.digest(), actual.flashedDigest())) {
            differences.add(actual.flashedDigest() == null
                    ? "handset reports nothing flashed to system, expected digest " + Digests.hex(expected.digest())
                    : "flashed system digest is " + Digests.hex(actual.flashedDigest()) + ", expected "
                            + Digests.hex(expected.digest()));
        }
        if (!Objects.equals(expected.imei(), actual.imei())) {
            differences.add("IMEI is " + actual.imei() + ", expected the reserved " + expected.imei());
        }
        if (!Objects.equals(expected.variant().model(), actual.product())) {
            differences.add("model is " + actual.product() + ", expected " + expected.variant().model());
        }
        if (!Objects.equals(expected.variant().colour(), actual.colour())) {
            differences.add("colour is " + actual.colour() + ", expected " + expected.variant().colour());
        }
        if (!Objects.equals(Integer.toString(expected.variant().storageGb()), trim(actual.storageGb()))) {
            differences.add("storage is " + actual.storageGb() + " GB, expected " + expected.variant().storageGb()
                    + " GB");
        }
        return new QaVerdict(differences);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
