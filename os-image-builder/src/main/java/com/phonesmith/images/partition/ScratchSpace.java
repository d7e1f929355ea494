package com.phonesmith.images.partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a partition's staged tree and raw image are made: in memory ({@code /dev/shm}) when it has room for them
 * twice over (so a second build at the same time fits too), else on the store's disk. Both are thrown away once
 * the sparse image is written, so they never need to reach a disk: a tree and an image in memory spare the disk
 * the writing of every byte twice, and mke2fs writes its image there about 1.7 times as fast.
 */
final class ScratchSpace {
    static final Path MEMORY = Path.of("/dev/shm");

    private ScratchSpace() {
    }

    /** A folder for a tree of these files and its image: in memory when there is room, else diskScratch. */
    static Path forPartition(List<TreeFile> files, Path diskScratch) throws IOException {
        return forPartition(files, MEMORY, diskScratch);
    }

    static Path forPartition(List<TreeFile> files, Path memory, Path diskScratch) throws IOException {
        long fileBytes = files.stream().mapToLong(TreeFile::sizeBytes).sum();
        long needed = fileBytes + Ext4Maker.sizeFor(fileBytes, files.size());
        return roomIn(memory, 2 * needed) ? Files.createDirectories(memory.resolve("phonesmith-images")) : diskScratch;
    }

    static boolean roomIn(Path folder, long bytes) {
        try {
            return Files.isDirectory(folder) && Files.isWritable(folder)
                    && Files.getFileStore(folder).getUsableSpace() >= bytes;
        } catch (IOException | SecurityException unknown) {
            return false;
        }
    }
}
