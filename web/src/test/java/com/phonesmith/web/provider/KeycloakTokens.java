package com.phonesmith.web.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies a token the way a service configured for the provider does: signed by a key of Keycloak's JWKS, issued by
 * the test realm, for the audience {@code phonesmith}.
 */
public final class KeycloakTokens {
    private KeycloakTokens() {
    }

    /** The test realm's issuer URL. */
    public static String issuer() {
        String issuer = System.getProperty(KeycloakResource.ISSUER_PROPERTY);
        if (issuer == null) {
            throw new IllegalStateException("Keycloak is not started: is the test in profile AtKeycloak?");
        }
        return issuer;
    }

    /** The claims of an {@code Authorization: Bearer} header's token, verified. */
    public static JwtClaims verifyBearer(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            throw new AssertionError("expected a bearer token, got " + header);
        }
        try {
            String jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(issuer() + "/protocol/openid-connect/certs")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                    .setExpectedIssuer(issuer()).setExpectedAudience("phonesmith")
                    .setRequireExpirationTime().setRequireSubject().build()
                    .processToClaims(header.substring("Bearer ".length()));
        } catch (JoseException | InvalidJwtException | IOException e) {
            throw new AssertionError("the token is not one of Keycloak's test realm: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Keycloak's realm roles of a token ({@code realm_access.roles}). */
    @SuppressWarnings("unchecked")
    public static List<String> realmRoles(JwtClaims claims) {
        try {
            Map<String, Object> access = claims.getClaimValue("realm_access", Map.class);
            return access == null ? List.of() : (List<String>) access.getOrDefault("roles", List.of());
        } catch (MalformedClaimException e) {
            throw new AssertionError(e);
        }
    }
}
