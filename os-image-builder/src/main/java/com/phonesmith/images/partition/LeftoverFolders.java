package com.phonesmith.images.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the process folders of builders that are gone from the shared scratch folder: a builder killed during a
 * build leaves its tree and raw image in memory, which nothing else would free until the machine restarts. Folders
 * of live builders, and anything not named like a process folder, are left alone.
 */
final class LeftoverFolders {
    private LeftoverFolders() {
    }

    /** The process folders removed from shared. */
    static List<Path> removeIn(Path shared) throws IOException {
        List<Path> gone;
        try (Stream<Path> folders = Files.list(shared)) {
            gone = folders.filter(folder -> ProcessFolder.parse(folder.getFileName().toString())
                    .filter(owner -> !owner.ownerAlive()).isPresent()).toList();
        }
        gone.forEach(LeftoverFolders::removeTree);
        return gone;
    }

    private static void removeTree(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(LeftoverFolders::removeQuietly);
        } catch (IOException | UncheckedIOException alreadyGone) {
            // another builder starting at the same time removed it first
        }
    }

    private static void removeQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException alreadyGone) {
            // the same: whoever removes it, it is gone
        }
    }
}
