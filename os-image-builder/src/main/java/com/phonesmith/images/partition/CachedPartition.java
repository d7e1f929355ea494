package com.phonesmith.images.partition;

/**
 * A partition image in the artifact store: kept in Android's sparse format (what goes into bundles and over
 * fastboot), with the size and SHA-256 of the raw image a handset ends up holding (what verified boot signs).
 */
public record CachedPartition(String name, String key, String sparseDigest, long sparseSize, long sparseCrc32,
        String rawSha256, long rawSize) {
}
