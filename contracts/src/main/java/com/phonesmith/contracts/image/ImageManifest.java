package com.phonesmith.contracts.image;

import java.util.List;

/**
 * What an OS image says about itself: the order and variant it was built for, the build fingerprint a
 * booted handset reports, and every package inside with its version and SHA-256.
 */
public record ImageManifest(String orderId, String model, String fingerprint, List<String> features,
        List<String> apps, List<PackageEntry> packages) {

    public record PackageEntry(String name, String version, String sha256, long sizeBytes) {
    }
}
