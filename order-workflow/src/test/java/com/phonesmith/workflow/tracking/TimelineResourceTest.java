package com.phonesmith.workflow.tracking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest extends RealInfrastructure {
    private final TestTokens tokens = TestTokens.get();

    @Test
    void theTimelineOfAnUnknownOrderIsANotFoundProblem() {
        String orderId = Orders.freshId();
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).when().get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(orderId));
    }

    @Test
    void aMalformedOrderIdIsABadRequestProblemNamingTheId() {
        given().when().get("/api/orders/{id}/timeline", "not an id!")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].reason", containsString("letters, digits"));
    }

    @Test
    void anOrderIdLongerThanSixtyFourCharactersIsABadRequestProblem() {
        given().when().get("/api/orders/{id}/timeline", "o".repeat(65))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].reason", equalTo("must be at most 64 characters"));
    }

    @Test
    void theShopperWhoPlacedAnOrderAndAnybodyWithItsTrackingTokenFollowItAndNobodyElse() {
        String orderId = Orders.freshId();
        String owner = "shopper-" + UUID.randomUUID();
        String token = "tracking-" + UUID.randomUUID();
        EventTraffic.publish(Orders.placedBy(orderId, owner, token));
        await().atMost(EventTraffic.WAIT).untilAsserted(() -> Orders.timeline(orderId));

        given().auth().oauth2(tokens.shopper(owner)).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200).body("orderId", equalTo(orderId));
        given().header(TrackingToken.HEADER, token).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200).body("entries[0].type", equalTo("OrderPlaced"));
        given().auth().oauth2(tokens.forRole(Roles.OPERATOR)).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200);

        given().auth().oauth2(tokens.shopper("shopper-" + UUID.randomUUID())).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(404).contentType("application/problem+json");
        given().header(TrackingToken.HEADER, token + "x").get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(404);
        given().auth().oauth2(tokens.forRole(Roles.PARTNER)).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(404);
        given().get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(tokens.expired(Roles.SUPPORT)).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(401);
    }
}
