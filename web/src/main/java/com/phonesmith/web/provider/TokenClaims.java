package com.phonesmith.web.provider;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a JWT that quarkus-oidc has verified (the ID token, and the access token with
 * {@code quarkus.oidc.authentication.verify-access-token}): read, never trusted on their own.
 */
public final class TokenClaims {
    private TokenClaims() {
    }

    /** The payload of a JWT; empty for an opaque token. */
    public static Optional<JsonObject> of(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** When a JWT expires; empty for an opaque token or one without {@code exp}. */
    public static Optional<Instant> expiry(String token) {
        return of(token).map(claims -> claims.getValue("exp"))
                .filter(Number.class::isInstance).map(exp -> Instant.ofEpochSecond(((Number) exp).longValue()));
    }
}
