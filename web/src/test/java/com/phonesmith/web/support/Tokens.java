package com.phonesmith.web.support;

import static io.restassured.RestAssured.given;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** Verifies a token web signed the way a service does: with the keys of web's JWKS document. */
public final class Tokens {
    private Tokens() {
    }

    public static JwtClaims verify(String token) {
        try {
            String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
            JwtConsumer consumer = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                    .setExpectedIssuer("phonesmith-web").setExpectedAudience("phonesmith")
                    .setRequireExpirationTime().setRequireSubject().build();
            return consumer.processToClaims(token);
        } catch (JoseException | InvalidJwtException e) {
            throw new AssertionError("web's token does not verify against its own JWKS: " + e.getMessage(), e);
        }
    }

    /** The token of an {@code Authorization: Bearer} header. */
    public static JwtClaims verifyBearer(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            throw new AssertionError("expected a bearer token, got " + header);
        }
        return verify(header.substring("Bearer ".length()));
    }
}
