package com.phonesmith.contracts.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The unguessable token with which a guest follows an order. Services never store or send the token itself,
 * only its SHA-256 ({@code OrderPlaced.trackingTokenHash}); this is how each of them checks a presented one.
 * Clients send it in the {@value #HEADER} header.
 */
public final class TrackingToken {
    public static final String HEADER = "Order-Token";
    private static final int MAX_LENGTH = 100;

    private TrackingToken() {
    }

    /** The token a request presented in the {@value #HEADER} header, if it presented one. */
    public static Optional<String> fromHeader(String header) {
        return Optional.ofNullable(header).filter(value -> !value.isBlank());
    }

    /** The SHA-256 of a token, in lowercase hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether a presented token is the one whose hash is stored, compared in constant time. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_LENGTH || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
