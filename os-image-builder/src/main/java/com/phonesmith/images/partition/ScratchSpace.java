package com.phonesmith.images.partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a partition's staged tree and raw image are made: in memory ({@code /dev/shm}) when it has room for them
 * with as much again to spare, else on the store's disk. Both are thrown away once the sparse image is written, so
 * they never need to reach a disk: a tree and an image in memory spare the disk the writing of every byte twice,
 * and mke2fs writes its image there about 1.7 times as fast.
 *
 * <p>Each process works in its own folder ({@link ProcessFolder}); the folders of processes that are gone (a
 * build killed or crashed) are removed when a memory scratch space is opened. Each partition reserves its room
 * until its raw image is removed, so builds running at once never count on the same free memory.
 */
public final class ScratchSpace {
    public static final Path SHARED_MEMORY = Path.of("/dev/shm");
    static final String FOLDER = "phonesmith-images";
    /** Room reserved in each memory file system by this process's builds, written or not yet. */
    private static final Map<Path, AtomicLong> RESERVED = new ConcurrentHashMap<>();

    private final Path root;
    private final Path folder;
    private final AtomicLong reserved;

    private ScratchSpace(Path root, Path folder) {
        this.root = root;
        this.folder = folder;
        this.reserved = folder == null ? null : RESERVED.computeIfAbsent(root, any -> new AtomicLong());
    }

    /**
     * Trees and images in memory under root when there is room, after removing what crashed builds left there; on
     * disk always if root cannot be used.
     */
    public static ScratchSpace inMemory(Path root) {
        Path shared = root.resolve(FOLDER);
        try {
            Files.createDirectories(shared);
            LeftoverFolders.removeIn(shared);
            return new ScratchSpace(root.toRealPath(), ProcessFolder.create(shared));
        } catch (IOException | SecurityException unusable) {
            return onDisk();
        }
    }

    /** Trees and images always on the store's disk. */
    public static ScratchSpace onDisk() {
        return new ScratchSpace(null, null);
    }

    /** This process's folder in memory, if trees and images may be made there. */
    public Optional<Path> memoryFolder() {
        return Optional.ofNullable(folder);
    }

    /** Room for a tree of these files and its image: in memory when there is room, else in diskScratch. */
    public Lease lease(List<TreeFile> files, Path diskScratch) {
        long fileBytes = files.stream().mapToLong(TreeFile::sizeBytes).sum();
        long needed = fileBytes + Ext4Maker.sizeFor(fileBytes, files.size());
        if (folder != null) {
            long before = reserved.getAndAdd(needed);
            if (roomIn(root, before + 2 * needed) && Files.isDirectory(folder)) {
                return new Lease(folder, () -> reserved.addAndGet(-needed));
            }
            reserved.addAndGet(-needed);
        }
        return new Lease(diskScratch, () -> { });
    }

    /** Room reserved in this space's memory by builds that hold a lease. */
    long reservedBytes() {
        return reserved == null ? 0 : reserved.get();
    }

    static boolean roomIn(Path folder, long bytes) {
        try {
            return Files.isDirectory(folder) && Files.isWritable(folder)
                    && Files.getFileStore(folder).getUsableSpace() >= bytes;
        } catch (IOException | SecurityException unknown) {
            return false;
        }
    }

    /** A folder to make one tree and its image in, reserved until closed (once the raw image is removed). */
    public static final class Lease implements AutoCloseable {
        private final Path folder;
        private Runnable release;

        Lease(Path folder, Runnable release) {
            this.folder = folder;
            this.release = release;
        }

        public Path folder() {
            return folder;
        }

        @Override
        public synchronized void close() {
            if (release != null) {
                release.run();
                release = null;
            }
        }
    }
}
