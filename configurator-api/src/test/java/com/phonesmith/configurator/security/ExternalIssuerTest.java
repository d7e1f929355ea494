package com.phonesmith.configurator.security;

import static io.restassured.RestAssured.given;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.devstack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The services trust another OpenID Connect provider by configuration alone: here one shaped like Keycloak, with
 * its own issuer and audience and the roles under {@code realm_access.roles} (web/README.md says which settings).
 */
@QuarkusTest
@TestProfile(ExternalIssuerTest.KeycloakLikeProvider.class)
class ExternalIssuerTest extends RealInfrastructure {
    static final String ISSUER = "https://sso.example/realms/phonesmith";
    static final String AUDIENCE = "phonesmith-services";

    public static class KeycloakLikeProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("phonesmith.token-trust.issuer", ISSUER,
                    "phonesmith.token-trust.audience", AUDIENCE,
                    "smallrye.jwt.path.groups", "realm_access/roles");
        }
    }

    @Test
    void aTokenOfTheProviderWithItsRolesWhereTheProviderPutsThemIsTrusted() {
        String support = TestTokens.get().token().claim("iss", ISSUER).claim("aud", AUDIENCE).subject("agent-1")
                .claim("realm_access", Map.of("roles", List.of("support"))).sign();

        given().auth().oauth2(support).get("/api/orders").then().statusCode(200);
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIsRefused() {
        String webToken = TestTokens.get().forRole("support");
        String wrongAudience = TestTokens.get().token().claim("iss", ISSUER).claim("aud", "someone-else")
                .subject("agent-2").claim("realm_access", Map.of("roles", List.of("support"))).sign();

        given().auth().oauth2(webToken).get("/api/orders").then().statusCode(401);
        given().auth().oauth2(wrongAudience).get("/api/orders").then().statusCode(401);
    }

    @Test
    void theProvidersRolesDecideAsWebsDo() {
        String shopperOnly = TestTokens.get().token().claim("iss", ISSUER).claim("aud", AUDIENCE).subject("buyer-1")
                .claim("realm_access", Map.of("roles", List.of("shopper"))).sign();

        given().auth().oauth2(shopperOnly).get("/api/makers/nordvik/sales").then().statusCode(403);
    }
}
