package com.phonesmith.contracts.image.boot;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One partition a boot descriptor vouches for: its name, how many bytes of it are signed (the image size;
 * the partition itself may be larger, the rest is not looked at) and the SHA-256 of those bytes.
 *
 * @param name      the partition, e.g. {@code system}: 1 to 64 of {@code A-Z a-z 0-9 . _ -}
 * @param sizeBytes how many bytes from the start of the partition are signed, {@code >= 0}
 * @param sha256Hex SHA-256 of those bytes, 64 lowercase hex characters
 */
public record PartitionHash(String name, long sizeBytes, String sha256Hex) {
    public static final int MAX_NAME_BYTES = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_NAME_BYTES + "}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public PartitionHash {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("partition name '" + name
                    + "' must be 1 to " + MAX_NAME_BYTES + " of A-Z a-z 0-9 . _ -");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("partition " + name + ": size " + sizeBytes + " is negative");
        }
        if (!SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("partition " + name
                    + ": digest must be 64 lowercase hex characters (SHA-256), got '" + sha256Hex + "'");
        }
    }
}
