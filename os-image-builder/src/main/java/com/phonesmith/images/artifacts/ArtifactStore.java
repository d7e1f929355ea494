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
 * never sees a partial file, and a file at its address always has that digest.
 */
public final class ArtifactStore {
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

    /** The artifact with this digest, if the store has it. */
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
