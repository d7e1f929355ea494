package com.phonesmith.factory.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls to the floor's API as a role, and switching stations to be worked by hand and back, for the floor's tests. */
public final class FloorCalls {
    private FloorCalls() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.get().forRole(role)).contentType("application/json");
    }

    public static RequestSpecification operator() {
        return as(Roles.OPERATOR);
    }

    /** An operator switches each station to be worked by hand. */
    public static void workByHand(List<String> stations) {
        for (String station : stations) {
            operator().body(Map.of("manual", true)).post("/api/floor/stations/" + station + "/mode").then()
                    .statusCode(200).body("manual", equalTo(true));
        }
    }

    /** Each station goes back to its configured mode, automatic in the tests' configuration. */
    public static void backToConfiguredMode(List<String> stations) {
        for (String station : stations) {
            Map<String, Object> configured = new HashMap<>();
            configured.put("manual", null);
            operator().body(configured).post("/api/floor/stations/" + station + "/mode").then().statusCode(200)
                    .body("manual", equalTo(false));
        }
    }
}
