package com.phonesmith.handset;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Starts single handsets on free ports for tests; they trust the key of {@link #BUNDLES}. */
final class HandsetFixture {
    static final Variant FJORD = new Variant("nordvik-fjord", "slate", 128);
    static final String FINGERPRINT = "phonesmith/nordvik-fjord/nordvik-fjord:1.0/order-42/1:user/release-keys";
    /** A bundle for the fixture's handsets. */
    static final TestBundles.Spec SPEC = TestBundles.Spec.of("nordvik-fjord", FINGERPRINT,
            List.of("dark-mode", "vpn"), List.of("org.example.maps", "org.example.chat"));
    static final TestBundles BUNDLES = new TestBundles();

    private HandsetFixture() {
    }

    static Handset start(Path dataDir) throws IOException {
        return start(dataDir, 0, Handset.DEFAULT_IDLE_TIMEOUT);
    }

    static Handset start(Path dataDir, int port, Duration idleTimeout) throws IOException {
        return start(dataDir, port, idleTimeout, BUNDLES::trusted);
    }

    static Handset start(Path dataDir, int port, Duration idleTimeout, Supplier<TrustedKeys> keys)
            throws IOException {
        return Handset.start(FJORD, 1, new InetSocketAddress("127.0.0.1", port), dataDir, idleTimeout, keys);
    }

    static TestBundles.Bundle bundle(Path folder) throws IOException {
        return BUNDLES.make(SPEC, folder);
    }
}
