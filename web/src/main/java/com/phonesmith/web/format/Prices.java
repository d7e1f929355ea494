package com.phonesmith.web.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** Formats money given as integer minor units and an ISO 4217 currency code, e.g. 39900 EUR as "€399.00". */
public final class Prices {
    private static final Map<String, String> SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£");

    private Prices() {
    }

    /**
     * {@code 39900, "EUR"} gives "€399.00", {@code 129900, "EUR"} gives "€1,299.00", {@code -500, "EUR"}
     * gives "-€5.00"; currencies without a symbol here are written with their code ("CHF 12.50"); the number
     * of decimals follows the currency (JPY has none).
     */
    public static String format(long minor, String currency) {
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        int digits = fractionDigits(code);
        DecimalFormat number = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String amount = number.format(BigDecimal.valueOf(minor, digits).abs());
        String symbol = SYMBOLS.get(code);
        String money = symbol != null ? symbol + amount : (code.isEmpty() ? amount : code + " " + amount);
        return minor < 0 ? "-" + money : money;
    }

    /** The price of an option: "Included" when it costs nothing, otherwise "+€9.00". */
    public static String surcharge(long minor, String currency) {
        return minor == 0 ? "Included" : (minor > 0 ? "+" : "") + format(minor, currency);
    }

    private static int fractionDigits(String code) {
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException unknownCode) {
            return 2;
        }
    }
}
