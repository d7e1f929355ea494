package com.phonesmith.images.build;

import java.time.Instant;

/** A bundle build as the API shows it: where it is (status, progress, stage) and, once built, what it made. */
public record ImageStatus(String bundleKey, String release, String model, BuildStatus status, int progress,
        String stage, String digest, Long sizeBytes, String fingerprint, String url, String error, int attempts,
        Instant createdAt, Instant builtAt) {

    boolean finished() {
        return status == BuildStatus.BUILT || status == BuildStatus.FAILED;
    }
}
