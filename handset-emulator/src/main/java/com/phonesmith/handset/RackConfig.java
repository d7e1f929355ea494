package com.phonesmith.handset;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a rack. Handsets take consecutive ports from {@code firstPort} in layout order;
 * {@code firstPort} 0 lets the system pick a free port for each handset (for tests).
 */
public record RackConfig(String host, int firstPort, RackLayout layout, Path dataDir, Duration idleTimeout) {
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

    /** The standard layout on 127.0.0.1 from port 5554, handsets idle out after 60 s. */
    public static RackConfig defaults(Path dataDir) {
        return new RackConfig(DEFAULT_HOST, DEFAULT_FIRST_PORT, RackLayout.standard(), dataDir,
                Handset.DEFAULT_IDLE_TIMEOUT);
    }

    public RackConfig withHost(String newHost) {
        return new RackConfig(newHost, firstPort, layout, dataDir, idleTimeout);
    }

    public RackConfig withFirstPort(int port) {
        return new RackConfig(host, port, layout, dataDir, idleTimeout);
    }

    public RackConfig withLayout(RackLayout newLayout) {
        return new RackConfig(host, firstPort, newLayout, dataDir, idleTimeout);
    }

    public RackConfig withUnitsPerVariant(int units) {
        return new RackConfig(host, firstPort, layout.withUnitsPerVariant(units), dataDir, idleTimeout);
    }

    public RackConfig withDataDir(Path dir) {
        return new RackConfig(host, firstPort, layout, dir, idleTimeout);
    }

    public RackConfig withIdleTimeout(Duration timeout) {
        return new RackConfig(host, firstPort, layout, dataDir, timeout);
    }
}
