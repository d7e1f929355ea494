package com.phonesmith.web.catalogadmin;

import com.phonesmith.web.format.Prices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A price as an admin types it ("12.99", "12", "€12.50") read into minor units of the catalog's currency
 * (1299 for EUR), or the reason it cannot be one, in words for the page; checked before configurator-api is asked.
 */
final class PriceInput {
    /** configurator-api's largest price, in minor units ({@code PriceChange}'s {@code @Max}). */
    static final long MAX_MINOR = 100_000_000L;
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d+)?");

    private PriceInput() {
    }

    /** The price in minor units, or a {@link IllegalArgumentException} whose message is the reason for the page. */
    static long minorUnits(String typed, String currency) {
        int digits = fractionDigits(currency);
        String example = BigDecimal.valueOf(1299, 2).setScale(digits, RoundingMode.DOWN).toPlainString();
        String text = typed == null ? "" : typed.strip();
        String symbol = Prices.format(0, currency).replaceAll("[\\d.,\\s]", "");
        if (!symbol.isEmpty() && text.startsWith(symbol)) {
            text = text.substring(symbol.length()).strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter the new price in " + currency + ", such as " + example + ".");
        }
        if (text.startsWith("-")) {
            throw new IllegalArgumentException("The price cannot be negative.");
        }
        if (text.matches("\\d+,\\d{1,2}")) {
            throw new IllegalArgumentException("Write the cents after a point, such as " + example + ".");
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw new IllegalArgumentException("The price must be an amount in " + currency + " such as " + example
                    + ", not \u201c" + typed.strip() + "\u201d.");
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.scale() > digits) {
            throw new IllegalArgumentException(digits == 0 ? "The price must be a whole amount in " + currency + "."
                    : "The price may have at most " + digits + " decimals, such as " + example + ".");
        }
        BigDecimal minor = amount.movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw new IllegalArgumentException("The price must be at most " + Prices.format(MAX_MINOR, currency)
                    + ".");
        }
        return minor.longValueExact();
    }

    /** The price as the form shows it to be edited: "12.99" for 1299 EUR, without symbol or thousands separator. */
    static String typeable(long minor, String currency) {
        return BigDecimal.valueOf(minor, fractionDigits(currency)).toPlainString();
    }

    private static int fractionDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException unknownCode) {
            return 2;
        }
    }
}
