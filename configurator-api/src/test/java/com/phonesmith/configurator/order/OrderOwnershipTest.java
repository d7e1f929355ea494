package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.validBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Object-level rights on orders: whose orders a caller may place, read and list. */
@QuarkusTest
class OrderOwnershipTest extends RealInfrastructure {
    private final TestTokens tokens = TestTokens.get();
    private final String ada = "shopper-ada-" + UUID.randomUUID();
    private final String bob = "shopper-bob-" + UUID.randomUUID();

    @Test
    void aShopperReadsTheirOwnOrderInFullAndAnotherShopperIsToldItDoesNotExist() {
        String id = placeAs(tokens.shopper(ada), freshKey()).then().statusCode(201).extract().path("id");

        given().auth().oauth2(tokens.shopper(ada)).get("/api/orders/" + id)
                .then().statusCode(200).body("customerEmail", equalTo("ada@example.org"));
        given().auth().oauth2(tokens.shopper(bob)).get("/api/orders/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void guessingATrackingTokenFindsNothing() {
        Response placed = placeAs(null, freshKey());
        String id = placed.path("id");
        String token = placed.path("trackingToken");

        for (String guess : List.of(token.substring(1) + "A", UUID.randomUUID().toString(), "x".repeat(43))) {
            given().header(TrackingToken.HEADER, guess).get("/api/orders/" + id).then().statusCode(404);
            given().auth().oauth2(tokens.shopper(bob)).header(TrackingToken.HEADER, guess).get("/api/orders/" + id)
                    .then().statusCode(404);
        }
    }

    @Test
    void aGuestFollowsTheirOrderWithItsTrackingTokenWithoutSeeingTheEmailInFull() {
        Response placed = placeAs(null, freshKey());
        placed.then().statusCode(201);

        given().header(TrackingToken.HEADER, placed.jsonPath().getString("trackingToken"))
                .get("/api/orders/" + placed.path("id"))
                .then().statusCode(200)
                .body("id", equalTo(placed.path("id")))
                .body("customerEmail", equalTo("a***@example.org"))
                .body("trackingToken", equalTo(null));
    }

    @Test
    void aGuestWithoutATokenIsAskedToAuthenticate() {
        String id = placeAs(null, freshKey()).path("id");

        given().get("/api/orders/" + id).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"phonesmith\"");
    }

    @Test
    void anInvalidTokenIsRefusedEvenWhereGuestsAreWelcome() {
        for (String bad : List.of(tokens.expired(Roles.SHOPPER), tokens.signedByForeignKey(Roles.SHOPPER),
                tokens.tampered(), "not-a-jwt")) {
            Orders.Counts before = Orders.Counts.now();
            placeAs(bad, freshKey()).then().statusCode(401).contentType("application/problem+json");
            assertThat(Orders.Counts.now()).isEqualTo(before);
        }
    }

    @Test
    void aShopperListsOnlyTheirOwnOrdersNewestFirst() {
        String first = placeAs(tokens.shopper(ada), freshKey()).path("id");
        String second = placeAs(tokens.shopper(ada), freshKey()).path("id");
        placeAs(tokens.shopper(bob), freshKey()).then().statusCode(201);

        Response page = given().auth().oauth2(tokens.shopper(ada)).get("/api/orders");

        page.then().statusCode(200).body("total", equalTo(2));
        assertThat(page.jsonPath().getList("items.id", String.class)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void supportFindsOrdersByEmail() {
        Map<String, Object> body = validBody();
        String email = "grace-" + UUID.randomUUID() + "@Example.org";
        body.put("customerEmail", email);
        String id = Orders.postAs(null, freshKey(), body).path("id");

        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).queryParam("email", email).get("/api/orders")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void staffAccountsDoNotPlaceOrders() {
        for (String role : List.of(Roles.OPERATOR, Roles.SUPPORT, Roles.PARTNER, Roles.ADMIN)) {
            Orders.Counts before = Orders.Counts.now();
            placeAs(tokens.forRole(role), freshKey()).then().statusCode(403).contentType("application/problem+json");
            assertThat(Orders.Counts.now()).as(role).isEqualTo(before);
        }
    }

    @Test
    void anIdempotencyKeyThatAnotherBuyerUsedDoesNotAnswerWithTheirOrder() {
        String key = freshKey();
        placeAs(tokens.shopper(ada), key).then().statusCode(201);

        Response other = placeAs(tokens.shopper(bob), key);

        other.then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(other.asString()).doesNotContain("trackingToken");
    }

    @Test
    void aRetriedGuestOrderAnswersTheSameTrackingToken() {
        String key = freshKey();
        Response first = placeAs(null, key);
        Response retried = placeAs(null, key);

        retried.then().statusCode(200).body("trackingToken", equalTo(first.path("trackingToken")));
    }

    private static Response placeAs(String token, String key) {
        return Orders.postAs(token, key, validBody());
    }
}
