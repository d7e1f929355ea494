package com.phonesmith.images.build;

import com.phonesmith.images.bundle.BuiltBundle;
import java.time.Instant;

/**
 * The build record of an order as the API shows it: its bundle's key, and once built the bundle's digest,
 * size, fingerprint, download URL and summary (null while queued or when failed).
 */
public record BuildView(String orderId, long buildNumber, BuildStatus status, String bundleKey, String digest,
        Long sizeBytes, String fingerprint, String url, BuiltBundle bundle, String error, Instant createdAt,
        Instant builtAt) {
}
