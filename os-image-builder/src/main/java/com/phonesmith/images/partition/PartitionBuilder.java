package com.phonesmith.images.partition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds one partition image from its files: stage them in a scratch folder, make the ext4 image, hash it,
 * and remove the scratch folder. The volume UUID is derived from the partition's cache key, so the same
 * inputs always give the same image.
 */
public final class PartitionBuilder {
    private final Ext4Maker ext4;

    public PartitionBuilder(Ext4Maker ext4) {
        this.ext4 = ext4;
    }

    /**
     * The raw ext4 image of the files, in workDir; its digest is left to the caller (null in the answer). Once the
     * image is made, the staged tree is handed to removeLater instead of being removed on this thread.
     */
    public RawPartition buildUnhashed(String name, String inputKey, List<TreeFile> files, Path workDir,
            Consumer<Path> removeLater) throws IOException {
        return make(name, inputKey, files, workDir, false, removeLater);
    }

    public RawPartition build(String name, String inputKey, List<TreeFile> files, Path workDir) throws IOException {
        return make(name, inputKey, files, workDir, true, null);
    }

    private RawPartition make(String name, String inputKey, List<TreeFile> files, Path workDir, boolean hash,
            Consumer<Path> removeLater) throws IOException {
        Path scratch = Files.createTempDirectory(Files.createDirectories(workDir), name + "-tree-");
        Path image = workDir.resolve(name + "-" + inputKey.substring(0, 16) + "-" + scratch.getFileName() + ".img");
        try {
            List<TreeFile> sorted = files.stream().sorted(Comparator.comparing(TreeFile::path)).toList();
            BuildPhase staging = BuildPhase.start(name, "stage tree");
            long bytes = PartitionStager.stage(sorted, scratch);
            staging.done(bytes);
            ext4.make(scratch, image, Ext4Maker.sizeFor(bytes, sorted.size()), name, uuidOf(inputKey));
            RawPartition raw = new RawPartition(name, image, Files.size(image), hash ? sha256(image) : null);
            if (removeLater != null) {
                removeLater.accept(scratch);
                scratch = null;
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(image);
            throw e;
        } finally {
            if (scratch != null) {
                BuildPhase removing = BuildPhase.start(name, "remove tree");
                deleteTree(scratch);
                removing.done();
            }
        }
    }

    static UUID uuidOf(String inputKey) {
        return UUID.nameUUIDFromBytes(inputKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Read a quarter of a megabyte at a time into memory outside the heap, which the digest reads directly: a
     * stream's 8 KB reads, or a channel's read into the heap (a second copy), make hashing a large image about
     * half as slow again.
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = newSha256();
        ByteBuffer buffer = ByteBuffer.allocateDirect(256 << 10);
        try (FileChannel in = FileChannel.open(file)) {
            while (in.read(buffer.clear()) >= 0) {
                sha.update(buffer.flip());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Removes a file, or a folder with everything in it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
