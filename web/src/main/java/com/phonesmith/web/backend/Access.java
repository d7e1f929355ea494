package com.phonesmith.web.backend;

/**
 * The credentials web sends with a call to a service: a bearer token it signed for the person (or for itself,
 * acting for a guest), and/or the order's tracking token a guest holds. Either may be null.
 */
public record Access(String authorization, String trackingToken) {
    public static Access bearer(String token) {
        return new Access("Bearer " + token, null);
    }

    public Access withTrackingToken(String token) {
        return new Access(authorization, token == null || token.isBlank() ? null : token);
    }
}
