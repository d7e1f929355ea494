package com.phonesmith.contracts.devices;

/** The digits of an IMEI: 14 of body and a Luhn check digit, as the handsets and the factory's stock both need them. */
public final class ImeiDigits {
    private ImeiDigits() {
    }

    /** Luhn: double every second digit counting from the right of the body, sum the digits. */
    public static int checkDigit(CharSequence body) {
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

    /** 15 digits whose last is the check digit of the first 14. */
    public static boolean isValid(String imei) {
        return imei != null && imei.matches("\\d{15}") && checkDigit(imei.substring(0, 14)) == imei.charAt(14) - '0';
    }
}
