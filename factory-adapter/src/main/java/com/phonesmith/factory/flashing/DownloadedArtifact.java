package com.phonesmith.factory.flashing;

import java.nio.file.Path;

/** A bundle downloaded to a local file, with its size and the SHA-256 (lowercase hex) of what was received. */
public record DownloadedArtifact(Path file, long sizeBytes, String sha256) {
}
