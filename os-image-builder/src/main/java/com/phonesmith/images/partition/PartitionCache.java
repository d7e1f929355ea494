package com.phonesmith.images.partition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.image.sparse.SparseWriter;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.artifacts.StoredArtifact;
import com.phonesmith.contracts.image.sparse.SparseFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
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

    /**
     * Builds the partition: the raw image is read once to find its sparse chunks and its digest, and the sparse
     * image is written once, its digest and CRC-32 computed on the way, then forced to disk and moved into the
     * store.
     */
    public CachedPartition build(String name, String key, FileSource files) throws IOException {
        RawPartition raw = builder.buildUnhashed(name, key, files.files(), store.scratch());
        Path sparse = raw.file().resolveSibling(raw.file().getFileName() + ".simg");
        try {
            MessageDigest rawSha = PartitionBuilder.newSha256();
            BuildPhase scanning = BuildPhase.start(name, "sparse scan and raw digest");
            SparseFile chunks = new SparseWriter().scan(raw.file(), rawSha);
            scanning.done(raw.sizeBytes());
            BuildPhase writing = BuildPhase.start(name, "sparse write, digest and CRC");
            MessageDigest sparseSha = PartitionBuilder.newSha256();
            CRC32 crc = new CRC32();
            try (OutputStream out = new BufferedOutputStream(new CheckedOutputStream(new DigestOutputStream(
                    Files.newOutputStream(sparse), sparseSha), crc), 1 << 16)) {
                chunks.writeTo(out);
            }
            writing.done(chunks.sizeBytes());
            Files.delete(raw.file());
            BuildPhase storing = BuildPhase.start(name, "fsync and move into the store");
            StoredArtifact stored = store.putWritten(sparse, HexFormat.of().formatHex(sparseSha.digest()));
            storing.done(stored.sizeBytes());
            CachedPartition partition = new CachedPartition(name, key, stored.digest(), stored.sizeBytes(),
                    crc.getValue(), HexFormat.of().formatHex(rawSha.digest()), raw.sizeBytes());
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
