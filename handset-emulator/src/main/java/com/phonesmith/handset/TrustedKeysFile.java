package com.phonesmith.handset;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The keys a rack's handsets trust, read from a file at every boot (a missing or unreadable file trusts no key,
 * so verified boot then refuses, naming the key it did not trust).
 */
final class TrustedKeysFile implements Supplier<TrustedKeys> {
    private static final Logger LOG = Logger.getLogger(TrustedKeysFile.class.getName());
    private final Path file;

    TrustedKeysFile(Path file) {
        this.file = file;
    }

    @Override
    public TrustedKeys get() {
        try {
            return Files.isRegularFile(file) ? TrustedKeys.parse(Files.readString(file)) : TrustedKeys.none();
        } catch (IOException | RuntimeException e) {
            LOG.warning("cannot read the trusted keys in " + file + ": " + e.getMessage());
            return TrustedKeys.none();
        }
    }
}
