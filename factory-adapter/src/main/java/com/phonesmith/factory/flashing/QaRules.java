package com.phonesmith.factory.flashing;

import com.phonesmith.factory.qa.QaCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Factory QA of a flashed handset: it booted, it runs the order's build (fingerprint), every partition holds exactly
 * what the bundle's boot descriptor signed (digests), it reports the work order's IMEI as its own (the one written at
 * flashing: a handset whose IMEI was never written, or holds another, fails), it is of the ordered variant (model,
 * colour, storage), and the build it runs has exactly the ordered OS features and apps installed: one check per
 * ordered feature ({@code feature:<code>}) and app ({@code app:<code>}), passed when the handset reports it installed,
 * and a failed one for each feature or app installed but not ordered. Features and apps compare as sets (order and
 * repeats do not matter). When the order's features or apps are not known (scheduled before ScheduleBuild carried
 * them), one passed check {@code features} or {@code apps} says they were not checked.
 */
public final class QaRules {
    public static final String BOOTED = "booted";
    /** The expected value of the {@code features}/{@code apps} check when the order's lists are not known. */
    public static final String NOT_CHECKED = "not checked: not known for this order";
    static final String INSTALLED = "installed";
    static final String NOT_INSTALLED = "not installed";
    static final String NOT_ORDERED = "not ordered";

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
        checks.addAll(installed("feature", "features", expected.features(), actual.features()));
        checks.addAll(installed("app", "apps", expected.apps(), actual.apps()));
        return new QaVerdict(checks);
    }

    /**
     * The checks of one kind of installed item (feature or app): each ordered one, in the order's order, then each
     * installed one not ordered, by code. A handset that reports none (it did not boot) has none installed.
     */
    private static List<QaCheck> installed(String kind, String plural, List<String> ordered, List<String> reported) {
        if (ordered == null) {
            return List.of(QaCheck.pass(plural, NOT_CHECKED, reported == null ? null : String.join(",", reported)));
        }
        Set<String> wanted = codes(ordered, new LinkedHashSet<>());
        Set<String> present = codes(reported == null ? List.of() : reported, new TreeSet<>());
        List<QaCheck> checks = new ArrayList<>();
        for (String code : wanted) {
            String item = kind + ":" + code;
            checks.add(present.contains(code) ? QaCheck.pass(item, INSTALLED, INSTALLED)
                    : QaCheck.fail(item, INSTALLED, NOT_INSTALLED, kind + " " + code + " ordered but not installed"));
        }
        for (String code : present) {
            if (!wanted.contains(code)) {
                checks.add(QaCheck.fail(kind + ":" + code, NOT_ORDERED, INSTALLED,
                        kind + " " + code + " installed but not ordered"));
            }
        }
        return checks;
    }

    private static Set<String> codes(List<String> items, Set<String> into) {
        for (String item : items) {
            String code = trim(item);
            if (code != null && !code.isEmpty()) {
                into.add(code);
            }
        }
        return into;
    }

    private static QaCheck same(String item, String expected, String actual, String difference) {
        return Objects.equals(expected, actual) ? QaCheck.pass(item, expected, actual)
                : QaCheck.fail(item, expected, actual, difference);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
