package com.phonesmith.factory.workorder;

import com.phonesmith.factory.stock.Variant;
import java.util.List;

/**
 * A work order claimed by a flash worker: what to flash onto which handset, and the order's version at the claim,
 * which the worker hands back with its result so that a result for an order that changed meanwhile is dropped.
 *
 * @param features the ordered OS features QA expects the handset to report; null when not known
 * @param apps     the ordered apps QA expects the handset to report; null when not known
 */
public record FlashAssignment(String orderId, long version, int attempt, String imageUrl, String imageDigest,
        String imageFingerprint, Variant variant, String imei, String maker, List<String> features,
        List<String> apps) {
    public FlashAssignment {
        features = features == null ? null : List.copyOf(features);
        apps = apps == null ? null : List.copyOf(apps);
    }

    /** An assignment whose order's features and apps are not known: QA does not check them. */
    public FlashAssignment(String orderId, long version, int attempt, String imageUrl, String imageDigest,
            String imageFingerprint, Variant variant, String imei, String maker) {
        this(orderId, version, attempt, imageUrl, imageDigest, imageFingerprint, variant, imei, maker, null, null);
    }
}
