package com.phonesmith.factory.flashing;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bundle on a handset that booted it: the bundle's SHA-256 (as downloaded), the digests its descriptor signed and
 * what the handset reported.
 */
public record FlashedBundle(String bundleDigest, Map<String, String> signedDigests, Readback readback) {
    public FlashedBundle {
        signedDigests = Collections.unmodifiableMap(new TreeMap<>(signedDigests));
    }
}
