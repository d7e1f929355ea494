package com.phonesmith.configurator.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.devstack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A token already verified is known again on the next requests without being verified again: it keeps exactly
 * its caller and roles, and nothing that merely looks like it (a changed payload under its signature) passes.
 */
@QuarkusTest
class RememberedTokensTest extends RealInfrastructure {
    private final TestTokens tokens = TestTokens.get();

    @Test
    void aTokenUsedAgainIsTheSameCallerWithTheSameRolesEveryTime() {
        String ada = "shopper-ada-" + UUID.randomUUID();
        String token = tokens.shopper(ada);
        String id = Orders.postAs(token, Orders.freshKey(), Orders.validBody())
                .then().statusCode(201).extract().path("id");

        for (int request = 0; request < 3; request++) {
            given().auth().oauth2(token).get("/api/orders/" + id)
                    .then().statusCode(200).body("customerEmail", equalTo("ada@example.org"));
            given().auth().oauth2(token).get("/api/admin/catalog/rules")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aVerifiedTokenWhosePayloadWasChangedUnderItsSignatureIsRefused() {
        String token = tokens.shopper("shopper-eve-" + UUID.randomUUID());
        given().auth().oauth2(token).get("/api/orders").then().statusCode(200);

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"shopper\"", "\"support\"");
        String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];

        given().auth().oauth2(changed).get("/api/orders")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/orders").then().statusCode(200);
    }
}
