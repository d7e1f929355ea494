package com.phonesmith.web.support;

import java.util.regex.Pattern;

/** What support typed into the search box, and so whom the page asks about it. */
public record SearchQuery(String text, Kind kind) {
    static final Pattern ORDER_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    /** 15 digits; factory-adapter also takes 14 (without the check digit) and 16 (IMEISV). */
    private static final Pattern IMEI = Pattern.compile("\\d{14,16}");
    private static final Pattern TRACKING_NUMBER = Pattern.compile("(?=.*\\d)[A-Za-z0-9]{6,40}");

    public enum Kind {
        NONE, ORDER_ID, EMAIL, IMEI, TRACKING_NUMBER, OTHER;

        /** Whether factory-adapter, not configurator-api, knows which order this is. */
        boolean askTheFactory() {
            return this == IMEI || this == TRACKING_NUMBER;
        }
    }

    public static SearchQuery of(String raw) {
        String text = raw == null ? "" : raw.strip();
        return new SearchQuery(text, kindOf(text));
    }

    private static Kind kindOf(String text) {
        if (text.isEmpty()) {
            return Kind.NONE;
        }
        if (ORDER_ID.matcher(text).matches()) {
            return Kind.ORDER_ID;
        }
        if (text.contains("@")) {
            return Kind.EMAIL;
        }
        // an IMEI is all digits, and some carriers' numbers are too: the length decides
        if (IMEI.matcher(text).matches()) {
            return Kind.IMEI;
        }
        return TRACKING_NUMBER.matcher(text).matches() ? Kind.TRACKING_NUMBER : Kind.OTHER;
    }
}
