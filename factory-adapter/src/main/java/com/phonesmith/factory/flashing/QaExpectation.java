package com.phonesmith.factory.flashing;

import com.phonesmith.factory.stock.Variant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the handset must report: the order's build fingerprint, the digest the bundle's boot descriptor signed for
 * each partition, the ordered variant, and the IMEI of the work order (written at flashing).
 */
public record QaExpectation(String fingerprint, Map<String, String> partitionDigests, Variant variant, String imei) {
    public QaExpectation {
        partitionDigests = Collections.unmodifiableMap(new TreeMap<>(partitionDigests));
    }
}
