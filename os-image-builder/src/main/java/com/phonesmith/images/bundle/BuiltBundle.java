package com.phonesmith.images.bundle;

import com.phonesmith.contracts.image.boot.PartitionHash;
import java.util.List;

/**
 * A factory bundle in the artifact store: its digest and size, what it was built from (release, model, the
 * configuration's cache key, the signing key) and what it holds (partition digests as signed, packages).
 */
public record BuiltBundle(String bundleKey, String configKey, String digest, long sizeBytes, String fingerprint,
        String release, String model, String keyId, List<PartitionHash> partitions, List<String> packages) {
    public BuiltBundle {
        partitions = List.copyOf(partitions);
        packages = List.copyOf(packages);
    }

    /** The signed digest of one partition. */
    public PartitionHash partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the bundle has no " + name + " partition"));
    }
}
