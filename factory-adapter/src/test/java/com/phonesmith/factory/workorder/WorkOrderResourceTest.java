package com.phonesmith.factory.workorder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkOrderResourceTest extends RealInfrastructure {

    @Test
    void anUnknownOrderIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void anOrderIdThatIsNotAUuidIsABadRequestNamingTheField() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("orderId"))
                .body("errors[0].reason", equalTo("must be a UUID, got not-a-uuid"));
    }
}
