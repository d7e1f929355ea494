package com.phonesmith.web.order;

import java.util.regex.Pattern;

/** What a tracking code typed or carried in a link may look like; anything else is ignored, not sent on. */
public final class TrackingCodes {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    private TrackingCodes() {
    }

    /** The trimmed code, or null when there is none or it cannot be a code. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim();
        return FORMAT.matcher(code).matches() ? code : null;
    }
}
