package com.phonesmith.contracts.devices;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a handset proves who it is to activations, with the per-device secret the factory wrote on it.
 * <ul>
 * <li>The <b>verifier</b> is HMAC-SHA256(secret, "phonesmith device verifier v1"): the factory derives it and
 * hands activations only this, so the secret itself stays on the device.</li>
 * <li>A <b>proof</b> is HMAC-SHA256(verifier, action, IMEI, timestamp, nonce), one per request: the timestamp
 * bounds how old a request may be, the nonce (used once) stops a captured request from being replayed.</li>
 * </ul>
 */
public final class DeviceProof {
    public static final String ACTIVATE = "activate";
    public static final String CHECK_IN = "check-in";

    private static final byte[] VERIFIER_LABEL = "phonesmith device verifier v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** A Mac per thread, keyed afresh for each use: looking the algorithm up costs more than the HMAC itself. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    });

    private DeviceProof() {
    }

    /** The verifier of a device secret, base64url. */
    public static String verifierOf(byte[] deviceSecret) {
        return ENCODER.encodeToString(hmac(deviceSecret, VERIFIER_LABEL));
    }

    /** The proof a device sends with one request, base64url. */
    public static String proof(String verifier, String action, String imei, Instant timestamp, String nonce) {
        return ENCODER.encodeToString(hmac(DECODER.decode(verifier), canonical(action, imei, timestamp, nonce)));
    }

    /** Whether {@code proof} is the one for this request, compared in constant time. */
    public static boolean matches(String verifier, String action, String imei, Instant timestamp, String nonce,
            String proof) {
        byte[] given;
        try {
            given = DECODER.decode(proof);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] expected = hmac(DECODER.decode(verifier), canonical(action, imei, timestamp, nonce));
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] canonical(String action, String imei, Instant timestamp, String nonce) {
        return String.join("\n", action, imei, Long.toString(timestamp.getEpochSecond()), nonce)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
