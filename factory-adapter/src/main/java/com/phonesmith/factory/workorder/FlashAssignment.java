package com.phonesmith.factory.workorder;

import com.phonesmith.factory.stock.Variant;

/**
 * A work order claimed by a flash worker: what to flash onto which handset, and the order's version at the claim,
 * which the worker hands back with its result so that a result for an order that changed meanwhile is dropped.
 */
public record FlashAssignment(String orderId, long version, int attempt, String imageUrl, String imageDigest,
        String imageFingerprint, Variant variant, String imei, String maker) {
}
