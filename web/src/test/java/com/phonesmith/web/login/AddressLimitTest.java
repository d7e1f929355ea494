package com.phonesmith.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A sign-in storm from one address over many accounts is refused with 429, while other addresses still sign in.
 * Web runs as it does behind a proxy here, so that each test can come from an address of its own.
 */
@QuarkusTest
@TestProfile(AddressLimitTest.BehindAProxyWithALowLimit.class)
class AddressLimitTest extends RealInfrastructure {
    public static class BehindAProxyWithALowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("phonesmith.web.login.max-failures-per-address", "4",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void manyFailedSignInsFromOneAddressAreRefusedForEveryAccountButOtherAddressesGoOn() {
        String storm = "198.51.100." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
        for (int i = 0; i < 4; i++) {
            attempt(storm, "nobody-" + UUID.randomUUID(), "guess-" + i).then().statusCode(401);
        }

        Response refused = attempt(storm, "support", WebSessions.DEMO_PASSWORD);

        refused.then().statusCode(429).body(containsString("Too many failed sign-ins from your network"));
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.cookie("phonesmith_session")).isNull();
        attempt("203.0.113.77", "support", WebSessions.DEMO_PASSWORD).then().statusCode(303);
    }

    @Test
    void aStormAtTheTokenEndpointIsRefusedWithAProblemAndRetryAfter() {
        // another range than the other test's, so that the two storms never share an address
        String storm = "192.0.2." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
        for (int i = 0; i < 4; i++) {
            tokenRequest(storm, "nobody-" + UUID.randomUUID(), "guess-" + i).then().statusCode(401)
                    .contentType("application/problem+json");
        }

        Response refused = tokenRequest(storm, "support", WebSessions.DEMO_PASSWORD);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("too many failed sign-ins"));
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    private static Response tokenRequest(String address, String username, String password) {
        return io.restassured.RestAssured.given().header("X-Forwarded-For", address)
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .post("/oauth/token");
    }

    private static Response attempt(String address, String username, String password) {
        WebSessions.Csrf browser = WebSessions.newBrowser();
        return browser.given().header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("username", username).formParam("password", password)
                .post("/login");
    }
}
