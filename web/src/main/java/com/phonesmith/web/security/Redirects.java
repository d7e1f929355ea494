package com.phonesmith.web.security;

import jakarta.ws.rs.core.UriInfo;

/** Where web may send a browser after signing in: only a path of its own, never another site. */
public final class Redirects {
    private Redirects() {
    }

    /** The path and query of the current request. */
    public static String localPath(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /** {@code next} if it is a path of this site; otherwise {@code fallback}. */
    public static String safeNext(String next, String fallback) {
        if (next == null || next.isBlank() || next.length() > 500 || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20)) {
            return fallback;
        }
        return next;
    }
}
