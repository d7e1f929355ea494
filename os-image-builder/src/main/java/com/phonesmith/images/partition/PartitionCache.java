package com.phonesmith.images.partition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.image.sparse.SparseWriter;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.artifacts.StoredArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Partition images by cache key (a digest of every input: builder version, release, the packages and the
 * properties file): a system image serves every configuration of its release and model, a vendor image every
 * configuration of its model. A miss builds the raw ext4 image, converts it to sparse, stores that, and records
 * the key's reference last, so a reference always points to a complete image.
 */
public final class PartitionCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Makes the files of a partition when it has to be built. */
    @FunctionalInterface
    public interface FileSource {
        List<TreeFile> files() throws IOException;
    }

    private final ArtifactStore store;
    private final PartitionBuilder builder;

    public PartitionCache(ArtifactStore store, PartitionBuilder builder) {
        this.store = store;
        this.builder = builder;
    }

    /** The cached partition, if its reference and its image are both in the store. */
    public Optional<CachedPartition> find(String key) throws IOException {
        Optional<String> ref = store.readRef(refName(key));
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        CachedPartition partition = parse(ref.get());
        if (store.find(partition.sparseDigest()).isEmpty()) {
            return Optional.empty();
        }
        store.touch(partition.sparseDigest());
        return Optional.of(partition);
    }

    public CachedPartition build(String name, String key, FileSource files) throws IOException {
        RawPartition raw = builder.build(name, key, files.files(), store.scratch());
        Path sparse = raw.file().resolveSibling(raw.file().getFileName() + ".simg");
        try {
            new SparseWriter().write(raw.file(), sparse);
            Files.delete(raw.file());
            long crc = crc32(sparse);
            StoredArtifact stored = store.put(sparse);
            CachedPartition partition = new CachedPartition(name, key, stored.digest(), stored.sizeBytes(), crc,
                    raw.sha256(), raw.sizeBytes());
            store.writeRef(refName(key), JSON.writeValueAsString(partition));
            return partition;
        } finally {
            Files.deleteIfExists(raw.file());
            Files.deleteIfExists(sparse);
        }
    }

    /** Forgets a partition whose image turned out corrupt, so the next request builds it again. */
    public void forget(String key) throws IOException {
        store.deleteRef(refName(key));
    }

    /** The CRC-32 a zip entry of the image needs, computed once when the image is made. */
    private static long crc32(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static String refName(String key) {
        return "partition/" + key;
    }

    private static CachedPartition parse(String json) throws IOException {
        try {
            return JSON.readValue(json, CachedPartition.class);
        } catch (JsonProcessingException e) {
            throw new IOException("unreadable partition reference: " + e.getOriginalMessage(), e);
        }
    }
}
