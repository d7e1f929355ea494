package com.phonesmith.handset;

import com.phonesmith.contracts.devices.ImeiDigits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** IMEIs of emulated handsets: 15 digits, the last one a Luhn check digit. */
public final class Imei {
    /** Reporting body prefix used by real GSMA type allocation codes; keeps the numbers plausible. */
    private static final String PREFIX = "35";

    private Imei() {
    }

    /** The same variant and unit always get the same IMEI, so a restarted rack keeps its identities. */
    public static String derive(Variant variant, int unit) {
        byte[] hash = sha256(variant.model() + "|" + variant.colour() + "|" + variant.storageGb() + "|" + unit);
        StringBuilder body = new StringBuilder(PREFIX);
        for (int i = 0; body.length() < 14; i++) {
            body.append(Math.floorMod(hash[i], 10));
        }
        return body.toString() + ImeiDigits.checkDigit(body);
    }

    public static boolean isValid(String imei) {
        return ImeiDigits.isValid(imei);
    }

    /** Why the text is not an IMEI (not 15 digits, or a wrong Luhn check digit), empty when it is one. */
    public static Optional<String> problem(String imei) {
        if (imei == null || !imei.matches("\\d{15}")) {
            return Optional.of("IMEI must be 15 digits, not " + (imei == null || imei.isEmpty() ? "nothing" : imei));
        }
        int expected = ImeiDigits.checkDigit(imei.substring(0, 14));
        if (expected != imei.charAt(14) - '0') {
            return Optional.of("IMEI " + imei + " fails its Luhn check: its last digit should be " + expected);
        }
        return Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
