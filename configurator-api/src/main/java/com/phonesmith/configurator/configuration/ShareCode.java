package com.phonesmith.configurator.configuration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short code a saved configuration is shared by: the first characters of the SHA-256 of its content in a
 * lower-case Crockford base32 (no i, l, o or u, so that a code read aloud or typed is not misread). The same
 * configuration always gets the same code, so saving it again gives the same link; a longer code is used in the
 * unlikely case that a shorter one is already taken by other content.
 */
public final class ShareCode {
    public static final List<Integer> LENGTHS = List.of(8, 12, 20);
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final Pattern FORMAT = Pattern.compile("[0-9a-hjkmnp-tv-z]{8,20}");

    private ShareCode() {
    }

    /** The code of this content, of the given length. */
    public static String of(String content, int length) {
        byte[] digest = sha256(content);
        StringBuilder code = new StringBuilder(length);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; code.length() < length; ) {
            if (bits < 5) {
                buffer = (buffer << 8) | (digest[i++] & 0xff);
                bits += 8;
            }
            code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
            bits -= 5;
        }
        return code.toString();
    }

    /** The code as typed (any case, surrounding blanks), or empty if it cannot be a code. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toLowerCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    private static byte[] sha256(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
