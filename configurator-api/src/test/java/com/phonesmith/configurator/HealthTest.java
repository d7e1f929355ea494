package com.phonesmith.configurator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest extends RealInfrastructure {

    @Test
    void theServiceIsReadyWithItsDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void theServicePublishesItsOpenApiDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/orders'.post", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/catalog'.get", org.hamcrest.Matchers.notNullValue());
    }
}
