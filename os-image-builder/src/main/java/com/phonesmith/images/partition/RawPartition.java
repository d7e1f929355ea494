package com.phonesmith.images.partition;

import java.nio.file.Path;

/** A partition image as the handset will hold it: the ext4 file, its size and the SHA-256 of its bytes. */
public record RawPartition(String name, Path file, long sizeBytes, String sha256) {
}
