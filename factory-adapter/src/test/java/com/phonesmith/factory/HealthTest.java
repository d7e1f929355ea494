package com.phonesmith.factory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.factory.support.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest extends RealInfrastructure {

    @Test
    void theServiceIsReadyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
