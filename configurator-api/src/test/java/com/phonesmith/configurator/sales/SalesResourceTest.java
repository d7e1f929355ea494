package com.phonesmith.configurator.sales;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A partner reads its own maker's sales figures and nobody else's; they never hold buyers' data. */
@QuarkusTest
class SalesResourceTest extends RealInfrastructure {
    private final TestTokens tokens = TestTokens.get();

    @Test
    void aPartnerReadsItsOwnMakersFiguresByVariantAndWeek() {
        placeOrder("nordvik-fjord", "birch", 128);

        Response sales = given().auth().oauth2(tokens.partner("partner-" + UUID.randomUUID(), "nordvik"))
                .get("/api/makers/nordvik/sales");

        sales.then().statusCode(200)
                .body("maker", equalTo("nordvik"))
                .body("name", equalTo("Nordvik Devices"))
                .body("currency", equalTo("EUR"))
                .body("orders", greaterThanOrEqualTo(1));
        assertThat(sales.jsonPath().getList("variants.model")).contains("nordvik-fjord").doesNotContain("lumo-one");
        assertThat(sales.jsonPath().getList("weeks")).isNotEmpty();
        assertThat(sales.asString()).doesNotContain("@example");
    }

    @Test
    void aPartnerAskingForAnotherMakersFiguresIsToldThereIsNoSuchMaker() {
        given().auth().oauth2(tokens.partner("partner-" + UUID.randomUUID(), "nordvik"))
                .get("/api/makers/lumo/sales")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPartnerTokenWithoutAMakerReadsNoMakersFigures() {
        given().auth().oauth2(tokens.token().subject("partner-x").roles(Roles.PARTNER).sign())
                .get("/api/makers/nordvik/sales").then().statusCode(404);
    }

    @Test
    void supportAndAdminReadEveryMakersFiguresAndShoppersNone() {
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).get("/api/makers/lumo/sales").then().statusCode(200);
        given().auth().oauth2(tokens.forRole(Roles.ADMIN)).get("/api/makers/nordvik/sales").then().statusCode(200);
        given().auth().oauth2(tokens.forRole(Roles.SHOPPER)).get("/api/makers/lumo/sales").then().statusCode(403);
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).get("/api/makers/nobody/sales").then().statusCode(404);
    }

    private static void placeOrder(String model, String colour, int storageGb) {
        given().header("Idempotency-Key", "sales-" + UUID.randomUUID()).contentType("application/json")
                .body(Map.of("model", model, "colour", colour, "storageGb", storageGb,
                        "customerEmail", "buyer@example.org"))
                .post("/api/orders").then().statusCode(201);
    }
}
