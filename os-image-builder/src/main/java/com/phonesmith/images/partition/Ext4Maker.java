package com.phonesmith.images.partition;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Makes an ext4 image of a staged folder with e2fsprogs' {@code mke2fs -d}, as AOSP builds its partitions.
 * Reproducible: the volume UUID and directory hash seed come from the caller (derived from the inputs), and
 * every time stamp, the superblock's too, is {@link PartitionStager#FIXED_EPOCH_SECOND}.
 */
public final class Ext4Maker {
    public static final int BLOCK_BYTES = 4096;
    private static final long TIMEOUT_MINUTES = 10;

    private final Path mke2fs;

    private Ext4Maker(Path mke2fs) {
        this.mke2fs = mke2fs;
    }

    /** Finds mke2fs on the PATH or in the sbin folders Debian keeps it in. */
    public static Ext4Maker locate() throws Ext4ToolMissing {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        List<String> folders = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        folders.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
        return locateIn(folders);
    }

    /** The mke2fs at this path (its debugfs beside it), refused with the same message when it is not there. */
    public static Ext4Maker at(Path tool) throws Ext4ToolMissing {
        if (!Files.isExecutable(tool)) {
            throw new Ext4ToolMissing();
        }
        return new Ext4Maker(tool);
    }

    static Ext4Maker locateIn(List<String> folders) throws Ext4ToolMissing {
        for (String folder : folders) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, "mke2fs");
            if (Files.isExecutable(candidate)) {
                return new Ext4Maker(candidate);
            }
        }
        throw new Ext4ToolMissing();
    }

    public Path tool() {
        return mke2fs;
    }

    /**
     * Writes an ext4 image of the folder's contents to output, of sizeBytes (a multiple of the block size),
     * labelled, with the given UUID as both volume id and directory hash seed.
     */
    public void make(Path folder, Path output, long sizeBytes, String label, UUID uuid) throws IOException {
        if (sizeBytes % BLOCK_BYTES != 0) {
            throw new IllegalArgumentException("image size must be a multiple of " + BLOCK_BYTES);
        }
        Files.deleteIfExists(output);
        BuildPhase making = BuildPhase.start(label, "mke2fs -d");
        run(List.of(mke2fs.toString(), "-q", "-F", "-t", "ext4", "-b", String.valueOf(BLOCK_BYTES),
                "-m", "0", "-L", label, "-U", uuid.toString(),
                "-E", "hash_seed=" + uuid + ",root_owner=0:0",
                "-d", folder.toString(), output.toString(), (sizeBytes / 1024) + "k"), null, output);
        making.done(sizeBytes);
        BuildPhase fixing = BuildPhase.start(label, "debugfs change times");
        fixChangeTimes(folder, output);
        fixing.done();
    }

    /**
     * mke2fs copies each file's change time, which no one can set, from the staged folder; debugfs sets it to the
     * fixed time on every inode mke2fs made (numbered from the first non-reserved inode, 12, in creation order).
     */
    private void fixChangeTimes(Path folder, Path output) throws IOException {
        long entries;
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            entries = walk.count() - 1;
        }
        StringBuilder script = new StringBuilder();
        String time = "@" + PartitionStager.FIXED_EPOCH_SECOND;
        for (long inode : java.util.stream.LongStream.concat(java.util.stream.LongStream.of(2, 11),
                java.util.stream.LongStream.rangeClosed(12, 11 + entries)).toArray()) {
            script.append("sif <").append(inode).append("> ctime ").append(time).append('\n');
        }
        Path debugfs = mke2fs.resolveSibling("debugfs");
        if (!Files.isExecutable(debugfs)) {
            throw new IOException("debugfs was not found beside " + mke2fs + ": install e2fsprogs");
        }
        run(List.of(debugfs.toString(), "-w", "-f", "-", output.toString()), script.toString(), output);
    }

    private void run(List<String> command, String input, Path output) throws IOException {
        String tool = Path.of(command.get(0)).getFileName().toString();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("E2FSPROGS_FAKE_TIME", String.valueOf(PartitionStager.FIXED_EPOCH_SECOND));
        Process process = builder.start();
        if (input != null) {
            try (java.io.OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.US_ASCII));
            }
        }
        byte[] said = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + tool + " ran", e);
        }
        if (process.exitValue() != 0) {
            Files.deleteIfExists(output);
            String message = new String(said, StandardCharsets.UTF_8).strip();
            throw new IOException(tool + " failed (exit " + process.exitValue() + "): " + message);
        }
    }

    /** Room for the files, their inodes and folders, the journal and some slack, in whole MiB. */
    public static long sizeFor(long fileBytes, int fileCount) {
        long blocks = fileBytes / BLOCK_BYTES + fileCount * 2L;
        long data = blocks * BLOCK_BYTES;
        long withSlack = data + data / 8 + (8L << 20);
        long mib = 1L << 20;
        return (withSlack + mib - 1) / mib * mib;
    }

    /** Thrown when e2fsprogs is not installed. */
    public static final class Ext4ToolMissing extends Exception {
        Ext4ToolMissing() {
            super("mke2fs was not found: install e2fsprogs (Debian: apt-get install e2fsprogs), which makes the "
                    + "ext4 partition images");
        }
    }
}
