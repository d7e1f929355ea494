package com.phonesmith.web.backend;

/**
 * The credentials web sends with a call to a service: a bearer token (the one web signed for the person or for
 * itself acting for a guest, or the OpenID Connect provider's), and/or the order's tracking token a guest holds;
 * when people sign in at a provider also the browser's address, sent as {@code X-Forwarded-For} where a service
 * counts per address (placing an order). Any may be null.
 */
public record Access(String authorization, String trackingToken, String forwardedFor) {
    public Access(String authorization, String trackingToken) {
        this(authorization, trackingToken, null);
    }

    public static Access bearer(String token) {
        return new Access("Bearer " + token, null);
    }

    public Access withTrackingToken(String token) {
        return new Access(authorization, token == null || token.isBlank() ? null : token, forwardedFor);
    }
}
