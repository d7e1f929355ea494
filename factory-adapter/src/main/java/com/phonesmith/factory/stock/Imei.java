package com.phonesmith.factory.stock;

import java.util.Optional;

/** An IMEI as handsets carry it: 15 digits, the last a Luhn check digit over the first 14. */
public final class Imei {
    private Imei() {
    }

    /** Why this is not a valid IMEI, or empty when it is. */
    public static Optional<String> problem(String imei) {
        if (imei == null || imei.isBlank()) {
            return Optional.of("is required");
        }
        if (!imei.matches("\\d{15}")) {
            return Optional.of("must be 15 digits, got " + imei);
        }
        int expected = checkDigit(imei.substring(0, 14));
        if (imei.charAt(14) - '0' != expected) {
            return Optional.of("check digit of " + imei + " should be " + expected + ": a digit was mistyped or"
                    + " misread");
        }
        return Optional.empty();
    }

    /** The Luhn check digit for 14 digits. */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
