package com.phonesmith.images.artifacts;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files on disk addressed by the SHA-256 of their content: {@code <root>/<first 2 hex>/<sha256>.img}.
 * A file is written to {@code <root>/tmp/} first and moved into place atomically once complete, so a reader
 * never sees a partial file, and a file at its address always has that digest (unless the disk corrupts it:
 * {@link #verify} finds that and removes the file). Beside the files, small named references
 * ({@code <root>/refs/<name>.json}) map a cache key to what was built for it. The last use of a file is its
 * modification time, which {@link #evictTo} reads to remove the least recently used first.
 */
public final class ArtifactStore implements BlobStore {
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final String SUFFIX = ".img";

    private final Path root;

    /** Writes the content of a new artifact. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    public ArtifactStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** True when the text is a SHA-256 digest as this store spells it: 64 lowercase hex characters. */
    public static boolean isDigest(String text) {
        return text != null && DIGEST.matcher(text).matches();
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Where the artifact with this digest lies (whether or not it exists). */
    public Path pathOf(String digest) {
        if (!isDigest(digest)) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + digest);
        }
        return root.resolve(digest.substring(0, 2)).resolve(digest + SUFFIX);
    }

    /** Stores the content the writer produces and answers its address. */
    @Override
    public StoredArtifact write(ContentWriter writer) throws IOException {
        Path tmpDir = root.resolve("tmp");
        Files.createDirectories(tmpDir);
        Path temp = Files.createTempFile(tmpDir, "artifact-", ".part");
        try {
            MessageDigest sha = sha256();
            try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(file, sha), 64 * 1024);
                writer.writeTo(out);
                out.flush();
                file.getFD().sync();
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            long size = Files.size(temp);
            Path target = pathOf(digest);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                // rename(2): atomic, and replaces a file of the same content that appeared meanwhile
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredArtifact(digest, size, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves a complete file into the store (the file is gone afterwards) and answers its address. */
    @Override
    public StoredArtifact put(Path file) throws IOException {
        return putWritten(file, sha256Of(file));
    }

    /**
     * Moves in a complete file whose digest the caller computed while writing it (so it is not read again); the
     * file is forced to disk first. Only for files this service wrote itself.
     */
    public StoredArtifact putWritten(Path file, String digest) throws IOException {
        long size = Files.size(file);
        Path target = pathOf(digest);
        Files.createDirectories(target.getParent());
        try (FileChannelSync sync = new FileChannelSync(file)) {
            sync.force();
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new StoredArtifact(digest, size, target);
    }

    /** A folder inside the store for work in progress, on the same file system so results move in atomically. */
    public Path scratch() throws IOException {
        return Files.createDirectories(root.resolve("tmp"));
    }

    /** Rehashes the artifact; one whose bytes no longer match its digest is removed. True when it is intact. */
    @Override
    public boolean verify(String digest) throws IOException {
        Optional<StoredArtifact> found = find(digest);
        if (found.isEmpty()) {
            return false;
        }
        if (sha256Of(found.get().path()).equals(digest)) {
            return true;
        }
        Files.deleteIfExists(found.get().path());
        return false;
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Marks the artifact as just used, so eviction keeps it longest. */
    @Override
    public void touch(String digest) throws IOException {
        Path path = pathOf(digest);
        if (Files.exists(path)) {
            Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        }
    }

    @Override
    public Optional<String> readRef(String name) throws IOException {
        Path ref = refPath(name);
        return Files.isRegularFile(ref) ? Optional.of(Files.readString(ref)) : Optional.empty();
    }

    @Override
    public void writeRef(String name, String content) throws IOException {
        Path ref = refPath(name);
        Files.createDirectories(ref.getParent());
        Path temp = Files.createTempFile(scratch(), "ref-", ".part");
        try {
            Files.writeString(temp, content);
            try (FileChannelSync sync = new FileChannelSync(temp)) {
                sync.force();
            }
            Files.move(temp, ref, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void deleteRef(String name) throws IOException {
        Files.deleteIfExists(refPath(name));
    }

    /**
     * Removes the least recently used artifacts until the store holds at most limitBytes, never one of the
     * pinned digests (those in use right now). References to a removed artifact then miss, and the next request
     * builds it again. Returns how many bytes were freed.
     */
    @Override
    public long evictTo(long limitBytes, java.util.Set<String> pinned) throws IOException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root, 2)) {
            walk.filter(path -> path.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(path)
                    && !path.getParent().getFileName().toString().equals("tmp")).forEach(files::add);
        }
        long total = 0;
        java.util.Map<Path, long[]> facts = new java.util.HashMap<>();
        for (Path file : files) {
            long size = Files.size(file);
            facts.put(file, new long[] {size, Files.getLastModifiedTime(file).toMillis()});
            total += size;
        }
        files.sort(java.util.Comparator.comparingLong((Path file) -> facts.get(file)[1])
                .thenComparing(java.util.Comparator.naturalOrder()));
        long freed = 0;
        for (Path file : files) {
            if (total - freed <= limitBytes) {
                break;
            }
            String digest = file.getFileName().toString().replace(SUFFIX, "");
            if (pinned.contains(digest)) {
                continue;
            }
            Files.deleteIfExists(file);
            freed += facts.get(file)[0];
        }
        return freed;
    }

    private Path refPath(String name) {
        if (!name.matches("[a-z0-9-]+/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a reference name: " + name);
        }
        return root.resolve("refs").resolve(name + ".json");
    }

    /** Forces a file's content to disk before it is renamed into place. */
    private static final class FileChannelSync implements AutoCloseable {
        private final java.nio.channels.FileChannel channel;

        FileChannelSync(Path file) throws IOException {
            this.channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE);
        }

        void force() throws IOException {
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** The artifact with this digest, if the store has it. */
    @Override
    public Optional<StoredArtifact> find(String digest) throws IOException {
        if (!isDigest(digest)) {
            return Optional.empty();
        }
        Path path = pathOf(digest);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(new StoredArtifact(digest, Files.size(path), path));
    }
}
