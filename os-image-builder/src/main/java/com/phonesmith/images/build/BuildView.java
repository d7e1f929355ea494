package com.phonesmith.images.build;

import com.phonesmith.contracts.image.ImageManifest;
import java.time.Instant;

/** The build record of an order as the API shows it (digest, url, manifest are null for a failed build). */
public record BuildView(String orderId, long buildNumber, BuildStatus status, String digest, Long sizeBytes,
        String fingerprint, String url, ImageManifest manifest, String error, Instant createdAt,
        Instant builtAt) {
}
