package com.phonesmith.handset;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a rack. Handsets take consecutive ports from {@code firstPort} in layout order;
 * {@code firstPort} 0 lets the system pick a free port for each handset (for tests).
 */
public record RackConfig(String host, int firstPort, RackLayout layout, Path dataDir, Duration idleTimeout,
        Path trustedKeys) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_FIRST_PORT = 5554;

    public RackConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (firstPort < 0 || firstPort + layout.handsetCount() - 1 > 65535) {
            throw new IllegalArgumentException("ports " + firstPort + ".." + (firstPort + layout.handsetCount() - 1)
                    + " are not all valid TCP ports");
        }
    }

    /** A rack whose handsets trust no signing key (verified boot refuses every signed image). */
    public RackConfig(String host, int firstPort, RackLayout layout, Path dataDir, Duration idleTimeout) {
        this(host, firstPort, layout, dataDir, idleTimeout, null);
    }

    /** The standard layout on 127.0.0.1 from port 5554, handsets idle out after 60 s. */
    public static RackConfig defaults(Path dataDir) {
        return new RackConfig(DEFAULT_HOST, DEFAULT_FIRST_PORT, RackLayout.standard(), dataDir,
                Handset.DEFAULT_IDLE_TIMEOUT);
    }

    public RackConfig withHost(String newHost) {
        return new RackConfig(newHost, firstPort, layout, dataDir, idleTimeout, trustedKeys);
    }

    public RackConfig withFirstPort(int port) {
        return new RackConfig(host, port, layout, dataDir, idleTimeout, trustedKeys);
    }

    public RackConfig withLayout(RackLayout newLayout) {
        return new RackConfig(host, firstPort, newLayout, dataDir, idleTimeout, trustedKeys);
    }

    public RackConfig withUnitsPerVariant(int units) {
        return new RackConfig(host, firstPort, layout.withUnitsPerVariant(units), dataDir, idleTimeout, trustedKeys);
    }

    public RackConfig withDataDir(Path dir) {
        return new RackConfig(host, firstPort, layout, dir, idleTimeout, trustedKeys);
    }

    public RackConfig withIdleTimeout(Duration timeout) {
        return new RackConfig(host, firstPort, layout, dataDir, timeout, trustedKeys);
    }

    /**
     * The file of keys (the text form of {@code TrustedKeys}: a {@code Key-Id:} line and a public key PEM per key)
     * whose signatures the handsets' verified boot accepts; read again at every boot, so a rotated key is trusted
     * as soon as the file says so.
     */
    public RackConfig withTrustedKeys(Path file) {
        return new RackConfig(host, firstPort, layout, dataDir, idleTimeout, file);
    }
}
