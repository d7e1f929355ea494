package com.phonesmith.factory.stock;

import com.phonesmith.contracts.devices.ImeiDigits;
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
        int expected = ImeiDigits.checkDigit(imei.substring(0, 14));
        if (imei.charAt(14) - '0' != expected) {
            return Optional.of("check digit of " + imei + " should be " + expected + ": a digit was mistyped or"
                    + " misread");
        }
        return Optional.empty();
    }
}
