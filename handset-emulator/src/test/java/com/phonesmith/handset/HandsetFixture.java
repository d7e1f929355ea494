package com.phonesmith.handset;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

/** Starts single handsets on free ports for tests. */
final class HandsetFixture {
    static final Variant FJORD = new Variant("nordvik-fjord", "slate", 128);

    private HandsetFixture() {
    }

    static Handset start(Path dataDir) throws IOException {
        return start(dataDir, 0, Handset.DEFAULT_IDLE_TIMEOUT);
    }

    static Handset start(Path dataDir, int port, Duration idleTimeout) throws IOException {
        return Handset.start(FJORD, 1, new InetSocketAddress("127.0.0.1", port), dataDir, idleTimeout);
    }
}
