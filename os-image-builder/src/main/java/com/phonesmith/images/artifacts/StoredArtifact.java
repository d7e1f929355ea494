package com.phonesmith.images.artifacts;

import java.nio.file.Path;

/** A file of the artifact store: its SHA-256 (lowercase hex), its size and where it lies. */
public record StoredArtifact(String digest, long sizeBytes, Path path) {
}
