package com.phonesmith.factory.flashing;

import com.phonesmith.factory.stock.Variant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the handset must report: the order's build fingerprint, the digest the bundle's boot descriptor signed for
 * each partition, the ordered variant, the IMEI of the work order (written at flashing), and the OS features and apps
 * of the order (null when not known: the order was scheduled before ScheduleBuild carried them, and QA does not check
 * them).
 */
public record QaExpectation(String fingerprint, Map<String, String> partitionDigests, Variant variant, String imei,
        List<String> features, List<String> apps) {
    public QaExpectation {
        partitionDigests = Collections.unmodifiableMap(new TreeMap<>(partitionDigests));
        features = features == null ? null : List.copyOf(features);
        apps = apps == null ? null : List.copyOf(apps);
    }

    /** An expectation whose features and apps are not known. */
    public QaExpectation(String fingerprint, Map<String, String> partitionDigests, Variant variant, String imei) {
        this(fingerprint, partitionDigests, variant, imei, null, null);
    }
}
