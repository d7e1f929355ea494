package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The keys whose signed bundles the factory flashes: the file of {@code factory.flash.trusted-keys} (the text form
 * of {@link TrustedKeys}, as os-image-builder publishes it and the handsets read it). Read again whenever the file
 * changes, so a rotated key is trusted and a retired one refused without a restart. Thread-safe.
 */
public final class TrustedBundleKeys {
    private final Optional<Path> file;
    private Loaded loaded;

    private record Loaded(FileTime modified, long size, TrustedKeys keys) {
    }

    public TrustedBundleKeys(Optional<Path> file) {
        this.file = file;
    }

    /**
     * The keys now. No file configured refuses every bundle for good (a factory never flashes what it cannot
     * check); a file that cannot be read now is retried.
     */
    public synchronized TrustedKeys current() throws FlashStepException {
        if (file.isEmpty()) {
            throw FlashStepException.permanent(FlashStepException.FLASH, "the bundle is refused: the factory has no"
                    + " trusted signing keys (set factory.flash.trusted-keys, FACTORY_TRUSTED_KEYS in production),"
                    + " so it cannot check the bundle's signature");
        }
        Path path = file.get();
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
