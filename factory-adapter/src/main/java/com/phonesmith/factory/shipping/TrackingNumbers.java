package com.phonesmith.factory.shipping;

/**
 * Tracking numbers "PS" + 10 digits: 9 digits that are a fixed permutation of a sequence number (so numbers are
 * unique by construction but do not reveal how many parcels were sent) and a Luhn check digit that catches a
 * mistyped digit or two swapped neighbours when someone types the number in.
 */
public final class TrackingNumbers {
    public static final String PREFIX = "PS";
    /** How many distinct numbers there are. */
    public static final long CAPACITY = 1_000_000_000L;
    /** 3^18: coprime to 10^9, so multiplying by it modulo 10^9 is a permutation. */
    private static final long MULTIPLIER = 387_420_489L;
    private static final long OFFSET = 271_828_182L;

    private TrackingNumbers() {
    }

    /** The tracking number for sequence value n (1 .. {@link #CAPACITY}); distinct n give distinct numbers. */
    public static String forSequence(long n) {
        if (n < 1 || n > CAPACITY) {
            throw new IllegalArgumentException("tracking number sequence exhausted or invalid: " + n);
        }
        long body = Math.floorMod(n * MULTIPLIER + OFFSET, CAPACITY);
        String digits = String.format("%09d", body);
        return PREFIX + digits + luhnCheckDigit(digits);
    }

    /** Whether text has the form of a tracking number and its check digit is right. */
    public static boolean isValid(String text) {
        if (text == null || !text.matches(PREFIX + "\\d{10}")) {
            return false;
        }
        String digits = text.substring(PREFIX.length(), PREFIX.length() + 9);
        return text.charAt(text.length() - 1) == luhnCheckDigit(digits);
    }

    static char luhnCheckDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
