package com.phonesmith.images.signing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys rotate without breaking bundles already signed, until the old key is retired. */
@QuarkusTest
class SigningResourceTest extends RealInfrastructure {

    private static String as(String role) {
        return TestTokens.get().forRole(role);
    }

    private static String buildAndWait(Map<String, Object> request) {
        String key = given().auth().oauth2(as(Roles.SERVICE)).contentType("application/json").body(request)
                .when().post("/api/images").then().extract().path("bundleKey");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(as(Roles.SERVICE))
                .when().get("/api/images/{key}", key).then().body("status", equalTo("BUILT")));
        return given().auth().oauth2(as(Roles.SERVICE)).when().get("/api/images/{key}", key).then()
                .extract().path("digest");
    }

    @Test
    void aRotatedKeySignsNewBundlesOldOnesVerifyUntilTheOldKeyIsRetired() {
        String oldBundle = buildAndWait(Map.of("model", "lumo-one", "features", List.of("app-lock"),
                "apps", List.of()));
        String oldKey = given().auth().oauth2(as(Roles.SERVICE)).when().get("/api/signing/verification/{d}", oldBundle)
                .then().statusCode(200).body("verified", equalTo(true)).extract().path("keyId");

        String newKey = given().auth().oauth2(as(Roles.ADMIN)).when().post("/api/signing/keys/rotate")
                .then().statusCode(200).body("active", equalTo(true)).extract().path("keyId");
        String newBundle = buildAndWait(Map.of("model", "lumo-one", "features", List.of("app-lock"),
                "apps", List.of()));

        given().auth().oauth2(as(Roles.SERVICE)).when().get("/api/signing/verification/{d}", newBundle)
                .then().statusCode(200).body("verified", equalTo(true)).body("keyId", equalTo(newKey))
                .body("keyId", not(equalTo(oldKey)));
        given().auth().oauth2(as(Roles.SERVICE)).when().get("/api/signing/verification/{d}", oldBundle)
                .then().statusCode(200).body("verified", equalTo(true)).body("keyId", equalTo(oldKey));
        given().when().get("/api/signing/trusted-keys").then().statusCode(200)
                .body(containsString("Key-Id: " + oldKey)).body(containsString("Key-Id: " + newKey));

        given().auth().oauth2(as(Roles.ADMIN)).when().post("/api/signing/keys/{id}/retire", newKey)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(as(Roles.ADMIN)).when().post("/api/signing/keys/{id}/retire", oldKey)
                .then().statusCode(200).body("retired", equalTo(true));

        given().auth().oauth2(as(Roles.SERVICE)).when().get("/api/signing/verification/{d}", oldBundle)
                .then().statusCode(200).body("verified", equalTo(false)).body("outcome", equalTo("UNTRUSTED_KEY"))
                .body("reason", containsString(oldKey));
    }

    @Test
    void onlyAnAdminRotatesKeys() {
        given().auth().oauth2(as(Roles.SUPPORT)).when().post("/api/signing/keys/rotate").then().statusCode(403);
    }
}
