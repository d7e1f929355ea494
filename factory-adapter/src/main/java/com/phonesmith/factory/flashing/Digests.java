package com.phonesmith.factory.flashing;

import java.util.Locale;

/** SHA-256 digests as hex, with or without a "sha256:" prefix, compared without regard to case. */
public final class Digests {
    public static final String PREFIX = "sha256:";

    private Digests() {
    }

    /** Lowercase hex without prefix; null stays null. */
    public static String hex(String digest) {
        if (digest == null) {
            return null;
        }
        String trimmed = digest.trim().toLowerCase(Locale.ROOT);
        return trimmed.startsWith(PREFIX) ? trimmed.substring(PREFIX.length()) : trimmed;
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && hex(a).equals(hex(b));
    }

    /** hexDigest written the way the reference is written (with the prefix if the reference has it). */
    public static String likeReference(String hexDigest, String reference) {
        boolean prefixed = reference != null && reference.trim().toLowerCase(Locale.ROOT).startsWith(PREFIX);
        return prefixed ? PREFIX + hex(hexDigest) : hex(hexDigest);
    }
}
