package com.phonesmith.workflow.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest extends RealInfrastructure {

    @Test
    void theTimelineOfAnUnknownOrderIsANotFoundProblem() {
        String orderId = Orders.freshId();
        given().when().get("/api/orders/{id}/timeline", orderId)
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
}
