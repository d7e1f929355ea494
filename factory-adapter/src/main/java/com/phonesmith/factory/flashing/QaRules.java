package com.phonesmith.factory.flashing;

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
        List<String> differences = new ArrayList<>();
        if (!BOOTED.equals(actual.bootState())) {
            differences.add("handset did not boot (x-boot-state " + actual.bootState() + ")");
        }
        if (!Objects.equals(expected.fingerprint(), actual.fingerprint())) {
            differences.add(actual.fingerprint() == null
                    ? "handset reports no build fingerprint, expected " + expected.fingerprint()
                    : "build fingerprint is " + actual.fingerprint() + ", expected " + expected.fingerprint());
        }
        for (String partition : actual.partitionsDiffering(expected.partitionDigests())) {
            String signed = Digests.hex(expected.partitionDigests().get(partition));
            String flashed = actual.flashedDigests().get(partition);
            differences.add(flashed == null
                    ? "handset reports nothing flashed to " + partition + ", expected digest " + signed
                    : "flashed " + partition + " digest is " + Digests.hex(flashed) + ", expected " + signed);
        }
        if (actual.imei() == null || actual.imei().isBlank()) {
            differences.add("handset reports no written IMEI, expected " + expected.imei());
        } else if (!Objects.equals(expected.imei(), actual.imei().trim())) {
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
