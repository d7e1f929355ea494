package com.phonesmith.web.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The folder of web's secrets. A secret that is missing is made once, written readable by its owner only, and
 * read back by every later start; two starts racing on an empty folder both end up with the one that was written
 * first.
 */
public final class KeyFolder {
    private final Path dir;
    private final boolean generateMissing;

    public KeyFolder(Path dir, boolean generateMissing) {
        this.dir = dir;
        this.generateMissing = generateMissing;
    }

    public Path dir() {
        return dir;
    }

    /** The text of {@code name}, made by {@code generator} first when it is missing and making is allowed. */
    public String readOrCreate(String name, Supplier<String> generator) throws IOException {
        Path file = dir.resolve(name);
        Optional<String> existing = read(file);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!generateMissing) {
            throw new IllegalStateException(file + " is missing: put web's key there (production does not make"
                    + " keys, so that every replica signs with the same one), or allow"
                    + " phonesmith.web.tokens.generate-missing-keys");
        }
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, name, ".new");
        try {
            restrict(temporary);
            Files.writeString(temporary, generator.get(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temporary);
        }
        return read(file).orElseThrow(() -> new IOException("cannot read " + file + " after writing it"));
    }

    private static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Makes a file readable and writable by its owner only (where the file system has POSIX permissions). */
    public static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
    }
}
