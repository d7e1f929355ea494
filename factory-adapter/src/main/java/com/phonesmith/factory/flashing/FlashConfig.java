package com.phonesmith.factory.flashing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "factory.flash")
public interface FlashConfig {
    /** How often the flash worker looks for due work, a scheduler interval. */
    @WithDefault("1s")
    String pollInterval();

    /** Attempts (download + flash + read-back) before FactoryStepFailed. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait after the first failed attempt; it doubles with every further one, up to backoff-max. */
    @WithDefault("10s")
    Duration backoffInitial();

    @WithDefault("5m")
    Duration backoffMax();

    /** How many handsets are flashed at the same time by one replica. */
    @WithDefault("4")
    int parallelism();

    /** How long a claimed attempt may take before another worker may take it over (the first one died). */
    @WithDefault("15m")
    Duration lease();

    /** Bounds the whole download of an image. */
    @WithDefault("10m")
    Duration downloadTimeout();

    /** Bounds the connect and every answer of a handset (a flash of a big image is one answer). */
    @WithDefault("60s")
    Duration fastbootTimeout();

    /** How long to wait for a rebooted handset to answer again and report that it booted. */
    @WithDefault("30s")
    Duration bootTimeout();

    /**
     * Caps the pieces a sparse image is split into below the handset's max-download-size (none by default: pieces
     * as large as the handset takes).
     */
    Optional<Long> maxPieceBytes();

    /**
     * Where each attempt keeps its downloaded bundle and the images taken out of it, in a folder of its own that is
     * removed afterwards (default: phonesmith-factory in the system temporary folder).
     */
    Optional<Path> workDir();

    /**
     * The file of the signing keys whose bundles the factory flashes (os-image-builder's published trusted keys:
     * a {@code Key-Id:} line and a PEM public key per key), read again when it changes. Production requires it
     * ({@code FACTORY_TRUSTED_KEYS}).
     */
    Path trustedKeys();
}
