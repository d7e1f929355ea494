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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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

    /**
     * Told the facts of a partition's sparse image once they are known, before the image is written: answers a
     * stream that receives the image's bytes as they are written (and is closed afterwards), or null.
     */
    @FunctionalInterface
    public interface WhileWriting {
        OutputStream sparseImage(Scanned facts) throws IOException;

        static WhileWriting nothing() {
            return facts -> null;
        }
    }

    /** What is known of a partition before its sparse image is written. */
    public record Scanned(String name, long sparseSize, long sparseCrc32, String rawSha256, long rawSize) {
    }

    private final ArtifactStore store;
    private final PartitionBuilder builder;
    private final Executor helpers;
    private final ScratchSpace scratch;

    public PartitionCache(ArtifactStore store, PartitionBuilder builder) {
        this(store, builder, Runnable::run, ScratchSpace.onDisk());
    }

    /**
     * helpers: where the raw image's digest is computed while the image is scanned; scratch: where trees and raw
     * images are made.
     */
    public PartitionCache(ArtifactStore store, PartitionBuilder builder, Executor helpers, ScratchSpace scratch) {
        this.store = store;
        this.builder = builder;
        this.helpers = helpers;
        this.scratch = scratch;
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
        return build(name, key, files, WhileWriting.nothing());
    }

    /**
     * Builds the partition: the raw image's digest is computed on a helper thread while this one finds its sparse
     * chunks and the sparse image's CRC-32 (the raw image, just written, is read from memory); then the listener
     * is told, and the sparse image is written once, hashed on the way and copied to the listener's stream, then
     * forced to disk and moved into the store.
     */
    public CachedPartition build(String name, String key, FileSource files, WhileWriting listener)
            throws IOException {
        List<TreeFile> tree = files.files();
        try (ScratchSpace.Lease room = scratch.lease(tree, store.scratch())) {
            return build(name, key, builder.buildUnhashed(name, key, tree, room.folder()), listener);
        }
    }

    private CachedPartition build(String name, String key, RawPartition raw, WhileWriting listener)
            throws IOException {
        // beside the store's files whatever folder the raw image is in, so that it moves in atomically
        Path sparse = store.scratch().resolve(raw.file().getFileName() + ".simg");
        CompletableFuture<String> rawDigest = null;
        try {
            BuildPhase digesting = BuildPhase.start(name, "raw digest (alongside the scan)");
            rawDigest = CompletableFuture.supplyAsync(() -> {
                try {
                    String digest = PartitionBuilder.sha256(raw.file());
                    digesting.done(raw.sizeBytes());
                    return digest;
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }, helpers);
            BuildPhase scanning = BuildPhase.start(name, "sparse scan and CRC");
            SparseFile chunks = new SparseWriter().scan(raw.file());
            CRC32 crc = new CRC32();
            chunks.writeTo(new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
            scanning.done(raw.sizeBytes());
            String rawSha = awaitDigest(rawDigest);
            OutputStream copy = listener.sparseImage(new Scanned(name, chunks.sizeBytes(), crc.getValue(), rawSha,
                    raw.sizeBytes()));
            BuildPhase writing = BuildPhase.start(name, "sparse write and digest");
            MessageDigest sparseSha = PartitionBuilder.newSha256();
            try (OutputStream ends = copy == null ? OutputStream.nullOutputStream() : copy;
                    OutputStream out = new BufferedOutputStream(new Tee(new DigestOutputStream(
                            new WritebackOutputStream(sparse), sparseSha), copy), 1 << 16)) {
                chunks.writeTo(out);
            }
            writing.done(chunks.sizeBytes());
            Files.delete(raw.file());
            BuildPhase storing = BuildPhase.start(name, "fsync and move into the store");
            StoredArtifact stored = store.putWritten(sparse, HexFormat.of().formatHex(sparseSha.digest()));
            storing.done(stored.sizeBytes());
            if (stored.sizeBytes() != chunks.sizeBytes()) {
                throw new IOException("the sparse " + name + " image has " + stored.sizeBytes() + " bytes, "
                        + chunks.sizeBytes() + " were expected");
            }
            CachedPartition partition = new CachedPartition(name, key, stored.digest(), stored.sizeBytes(),
                    crc.getValue(), rawSha, raw.sizeBytes());
            store.writeRef(refName(key), JSON.writeValueAsString(partition));
            return partition;
        } finally {
            if (rawDigest != null) {
                rawDigest.handle((digest, failure) -> null).join(); // never delete the file while it is read
            }
            Files.deleteIfExists(raw.file());
            Files.deleteIfExists(sparse);
        }
    }

    private static String awaitDigest(CompletableFuture<String> digest) throws IOException {
        try {
            return digest.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * Writes to the file and copies to a second stream (when there is one), which is closed with this one. The copy
     * is a courtesy: once it fails (its reader gave up) it is no longer fed, and the file is written all the same.
     */
    private static final class Tee extends java.io.FilterOutputStream {
        private OutputStream copy;

        Tee(OutputStream file, OutputStream copy) {
            super(file);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            if (copy != null) {
                try {
                    copy.write(bytes, offset, length);
                    copy.flush();
                } catch (IOException readerGaveUp) {
                    dropCopy();
                }
            }
        }

        private void dropCopy() {
            try {
                copy.close();
            } catch (IOException ignored) {
                // the reader is gone already
            }
            copy = null;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                if (copy != null) {
                    dropCopy();
                }
            }
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
