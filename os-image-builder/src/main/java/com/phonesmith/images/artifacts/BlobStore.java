package com.phonesmith.images.artifacts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where built artifacts and the cache's references live. {@link ArtifactStore} keeps them on a local disk; an
 * S3-compatible object store implements the same operations (objects named by digest, references as small
 * objects, last use as object metadata) when the service runs as several replicas.
 */
public interface BlobStore {
    StoredArtifact write(ArtifactStore.ContentWriter writer) throws IOException;

    StoredArtifact put(Path completeFile) throws IOException;

    Optional<StoredArtifact> find(String digest) throws IOException;

    boolean verify(String digest) throws IOException;

    void touch(String digest) throws IOException;

    Optional<String> readRef(String name) throws IOException;

    void writeRef(String name, String content) throws IOException;

    void deleteRef(String name) throws IOException;

    long evictTo(long limitBytes, Set<String> pinned) throws IOException;
}
