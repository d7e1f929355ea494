package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * The keys whose signed bundles the factory flashes: the file of {@code factory.flash.trusted-keys} (the text form
 * of {@link TrustedKeys}, as os-image-builder publishes it and the handsets read it). Read again whenever the file
 * changes, so a rotated key is trusted and a retired one refused without a restart. Thread-safe.
 */
public final class TrustedBundleKeys {
    private final Path file;
    private Loaded loaded;

    private record Loaded(FileTime modified, long size, TrustedKeys keys) {
    }

    public TrustedBundleKeys(Path file) {
        this.file = file;
    }

    /** The keys now; a file that cannot be read now (not published yet, being replaced) is retried. */
    public synchronized TrustedKeys current() throws FlashStepException {
        Path path = file;
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            if (loaded == null || !loaded.modified().equals(modified) || loaded.size() != size) {
                loaded = new Loaded(modified, size, TrustedKeys.parse(Files.readAllBytes(path)));
            }
            return loaded.keys();
        } catch (IOException | IllegalArgumentException e) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "cannot read the factory's trusted signing"
                    + " keys from " + path + ": " + e.getMessage());
        }
    }
}
