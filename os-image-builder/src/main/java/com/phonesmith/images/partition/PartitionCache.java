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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final System.Logger LOG = System.getLogger(PartitionCache.class.getName());

    /** Makes the files of a partition when it has to be built. */
    @FunctionalInterface
    public interface FileSource {
        List<TreeFile> files() throws IOException;
    }

    /**
     * Told the facts of a partition's sparse image once it is scanned, before it is written: the image may also be
     * written elsewhere by another thread (into a bundle, say) until the answered future completes, and the raw
     * image it reads from stays until then.
     */
    @FunctionalInterface
    public interface WhileWriting {
        CompletableFuture<?> sparseImage(Scanned facts, SparseFile image) throws IOException;

        static WhileWriting nothing() {
            return (facts, image) -> CompletableFuture.completedFuture(null);
        }
    }

    /**
     * What is known of a partition before its sparse image is written; the raw image's digest is still being
     * computed beside the writing.
     */
    public record Scanned(String name, long sparseSize, long sparseCrc32, CompletableFuture<String> rawSha256,
            long rawSize) {
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
     * is told, and the sparse image is written once and hashed on the way, forced to disk and moved into the store.
     * Nothing waits for the raw image's digest until the sparse image is written.
     */
    public CachedPartition build(String name, String key, FileSource files, WhileWriting listener)
            throws IOException {
        List<TreeFile> tree = files.files();
        ScratchSpace.Lease room = scratch.lease(tree, store.scratch());
        // the staged tree and the raw image are removed on a helper, the room given back after: removing a few
        // hundred megabytes takes a tenth of a second that the build need not wait for
        List<Path> leftovers = new ArrayList<>();
        try {
            return build(name, key, builder.buildUnhashed(name, key, tree, room.folder(), leftovers::add), listener,
                    leftovers);
        } finally {
            helpers.execute(() -> remove(name, leftovers, room));
        }
    }

    private static void remove(String name, List<Path> leftovers, ScratchSpace.Lease room) {
        BuildPhase removing = BuildPhase.start(name, "remove tree and raw image (afterwards)");
        try {
            for (Path leftover : leftovers) {
                PartitionBuilder.deleteTree(leftover);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the scratch files of a " + name + " image were not all removed ("
                    + e + "); the next start of the service removes them", e);
        } finally {
            room.close();
            removing.done();
        }
    }

    private CachedPartition build(String name, String key, RawPartition raw, WhileWriting listener,
            List<Path> leftovers) throws IOException {
        // beside the store's files whatever folder the raw image is in, so that it moves in atomically
        Path sparse = store.scratch().resolve(raw.file().getFileName() + ".simg");
        CompletableFuture<String> rawDigest = null;
        CompletableFuture<?> otherWriting = null;
        try {
            BuildPhase digesting = BuildPhase.start(name, "raw digest (alongside)");
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
            long crc = chunks.crc32();
            scanning.done(raw.sizeBytes());
            otherWriting = listener.sparseImage(new Scanned(name, chunks.sizeBytes(), crc, rawDigest,
                    raw.sizeBytes()), chunks);
            BuildPhase writing = BuildPhase.start(name, "sparse write and digest");
            MessageDigest sparseSha = PartitionBuilder.newSha256();
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(new WritebackOutputStream(sparse),
                    sparseSha), 1 << 16)) {
                chunks.writeTo(out);
            }
            writing.done(chunks.sizeBytes());
            String rawSha = awaitDigest(rawDigest);
            BuildPhase storing = BuildPhase.start(name, "fsync and move into the store");
            StoredArtifact stored = store.putWritten(sparse, HexFormat.of().formatHex(sparseSha.digest()));
            storing.done(stored.sizeBytes());
            if (stored.sizeBytes() != chunks.sizeBytes()) {
                throw new IOException("the sparse " + name + " image has " + stored.sizeBytes() + " bytes, "
                        + chunks.sizeBytes() + " were expected");
            }
            CachedPartition partition = new CachedPartition(name, key, stored.digest(), stored.sizeBytes(),
                    crc, rawSha, raw.sizeBytes());
            store.writeRef(refName(key), JSON.writeValueAsString(partition));
            return partition;
        } finally {
            // never delete the raw image while it is read
            if (rawDigest != null) {
                rawDigest.handle((digest, failure) -> null).join();
            }
            if (otherWriting != null) {
                otherWriting.handle((done, failure) -> null).join();
            }
            leftovers.add(raw.file());
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
