package com.phonesmith.activations.device;

import java.util.regex.Pattern;

/** An IMEI as handsets carry it: 15 digits, the last a Luhn check digit over the first 14. */
public final class Imei {
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("\\d{15}");

    private Imei() {
    }

    /** Why this is not an IMEI, or null if it is one. */
    public static String problemWith(String imei) {
        if (imei == null || !FIFTEEN_DIGITS.matcher(imei).matches()) {
            return "must be 15 digits";
        }
        return luhnValid(imei) ? null : "has a wrong check digit";
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
