package com.phonesmith.configurator.order;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The unguessable token that lets a guest follow an order: HMAC-SHA256 of the order id under a server secret,
 * so that a retried POST can answer the same token again without the token being stored. Orders keep only its
 * SHA-256 ({@link com.phonesmith.contracts.access.TrackingToken#hash}), and so does every other service that
 * checks it.
 */
public final class TrackingTokens {
    static final int MIN_SECRET_LENGTH = 32;
    private final byte[] secret;

    public TrackingTokens(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the tracking secret must be at least " + MIN_SECRET_LENGTH
                    + " characters long");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A secret for a service started without one. */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The order's token: 43 characters of base64url (256 bits). */
    public String tokenOf(UUID orderId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal(("tracking:" + orderId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
