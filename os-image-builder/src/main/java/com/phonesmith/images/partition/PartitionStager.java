package com.phonesmith.images.partition;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lays a partition's files out in a folder for the file system maker to copy: every file with its mode, every
 * folder 0755, and every time stamp the same fixed instant, so the image depends on nothing but the files.
 */
public final class PartitionStager {
    /** 2026-01-01T00:00:00Z: the time of every file, folder and superblock in our images. */
    public static final long FIXED_EPOCH_SECOND = 1_767_225_600L;

    private PartitionStager() {
    }

    /** Writes the files under root (which must be empty or missing) and returns their total size in bytes. */
    public static long stage(List<TreeFile> files, Path root) throws IOException {
        Files.createDirectories(root);
        long total = 0;
        Set<String> seen = new TreeSet<>();
        for (TreeFile file : files) {
            if (!seen.add(file.path())) {
                throw new IllegalArgumentException("two files at " + file.path());
            }
            Path target = root.resolve(file.path().substring(1));
            Files.createDirectories(target.getParent());
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                file.content().writeTo(out);
            }
            long written = Files.size(target);
            if (written != file.sizeBytes()) {
                throw new IOException(file.path() + " should have " + file.sizeBytes() + " bytes, its content gave "
                        + written);
            }
            Files.setPosixFilePermissions(target, permissions(file.mode()));
            total += written;
        }
        fixTimesAndFolders(root);
        return total;
    }

    /** Deepest first, so setting a file's time never changes its folder's afterwards. */
    private static void fixTimesAndFolders(Path root) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(all::add);
        }
        all.sort(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        FileTime fixed = FileTime.from(java.time.Instant.ofEpochSecond(FIXED_EPOCH_SECOND));
        for (Path path : all) {
            if (Files.isDirectory(path)) {
                Files.setPosixFilePermissions(path, permissions(0755));
            }
            Files.getFileAttributeView(path, BasicFileAttributeView.class).setTimes(fixed, fixed, null);
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }
}
