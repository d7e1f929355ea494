package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every kind of bad order: a problem naming the field, and neither an order nor an outbox message written. */
@QuarkusTest
class RejectedOrderTest extends RealInfrastructure {

    /** Sends the request and checks that it wrote nothing; answers the response for further checks. */
    private static ValidatableResponse rejected(int status, Supplier<io.restassured.response.Response> request) {
        Orders.Counts before = Orders.Counts.now();
        ValidatableResponse response = request.get().then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
        assertThat(Orders.Counts.now()).isEqualTo(before);
        return response;
    }

    private static Map<String, Object> bodyWith(String field, Object value) {
        Map<String, Object> body = validBody();
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> bodyWithout(String... fields) {
        Map<String, Object> body = validBody();
        Arrays.stream(fields).forEach(body::remove);
        return body;
    }

    // --- the idempotency key

    @Test
    void anOrderWithoutAnIdempotencyKeyIsABadRequestNamingTheHeader() {
        rejected(400, () -> given().contentType("application/json").body(validBody()).when().post("/api/orders"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].reason", equalTo("is required"));
    }

    @Test
    void anOrderWithAnEmptyIdempotencyKeyIsABadRequestNamingTheHeader() {
        rejected(400, () -> post("", validBody()))
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void anIdempotencyKeyWithCharactersOutsideTheAllowedSetIsABadRequest() {
        for (String key : List.of("two words", "a/b", "semi;colon", "x".repeat(101))) {
            rejected(400, () -> post(key, validBody()))
                    .body("errors[0].field", equalTo("Idempotency-Key"))
                    .body("errors[0].reason", containsString("1 to 100 characters"));
        }
    }

    // --- the shape of the body (400)

    @Test
    void malformedJsonIsABadRequestNamingTheBody() {
        rejected(400, () -> post(freshKey(), "{\"model\": \"lumo-one\", "))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aMissingBodyIsABadRequestNamingTheBody() {
        rejected(400, () -> given().header("Idempotency-Key", freshKey()).contentType("application/json")
                .when().post("/api/orders"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequestNamingTheBody() {
        rejected(400, () -> post(freshKey(), "[1, 2]"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aStorageSizeThatIsNotANumberIsABadRequestNamingIt() {
        rejected(400, () -> post(freshKey(), bodyWith("storageGb", "lots")))
                .body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", containsString("whole number"));
    }

    @Test
    void aFractionalStorageSizeIsABadRequestRatherThanTruncated() {
        rejected(400, () -> post(freshKey(), bodyWith("storageGb", 128.5)))
                .body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", containsString("whole number"));
    }

    @Test
    void aStorageSizeSentAsTextIsABadRequest() {
        rejected(400, () -> post(freshKey(), bodyWith("storageGb", "128")))
                .body("errors[0].field", equalTo("storageGb"));
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsABadRequestNamingTheField() {
        rejected(400, () -> post(freshKey(), bodyWith("model", 42)))
                .body("errors[0].field", equalTo("model"))
                .body("errors[0].reason", containsString("a string"));
        rejected(400, () -> post(freshKey(), bodyWith("features", List.of("microg", true))))
                .body("errors[0].field", equalTo("features[1]"));
    }

    @Test
    void featuresThatAreNotAListAreABadRequestNamingThem() {
        rejected(400, () -> post(freshKey(), bodyWith("features", "microg")))
                .body("errors[0].field", equalTo("features"))
                .body("errors[0].reason", containsString("an array"));
    }

    @Test
    void anAppThatIsNotAStringIsABadRequestNamingItsIndex() {
        rejected(400, () -> post(freshKey(), bodyWith("apps", List.of("signal", Map.of("code", "firefox")))))
                .body("errors[0].field", equalTo("apps[1]"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        rejected(415, () -> given().header("Idempotency-Key", freshKey()).contentType("text/plain")
                .body("lumo-one please").when().post("/api/orders"));
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        rejected(400, () -> post(freshKey(), bodyWithout("model", "colour", "storageGb", "customerEmail")))
                .body("errors.field", equalTo(List.of("colour", "customerEmail", "model", "storageGb")));
    }

    @Test
    void blankRequiredFieldsAreNamed() {
        Map<String, Object> body = validBody();
        body.put("model", " ");
        body.put("colour", "");
        body.put("customerEmail", "  ");
        rejected(400, () -> post(freshKey(), body))
                .body("errors.field", org.hamcrest.Matchers.hasItems("colour", "customerEmail", "model"));
    }

    @Test
    void anEmailThatDoesNotLookLikeOneIsABadRequestNamingIt() {
        for (String email : List.of("ada", "ada@", "@example.org", "ada@example", "ada lovelace@example.org",
                "ada@@example.org")) {
            rejected(400, () -> post(freshKey(), bodyWith("customerEmail", email)))
                    .body("errors[0].field", equalTo("customerEmail"));
        }
    }

    @Test
    void aBlankOrNullFeatureOrAppIsNamedByItsIndex() {
        Map<String, Object> body = validBody();
        body.put("features", Arrays.asList("microg", " "));
        body.put("apps", Arrays.asList(null, "signal"));
        rejected(400, () -> post(freshKey(), body))
                .body("errors.field", equalTo(List.of("apps[0]", "features[1]")));
    }

    @Test
    void aFeatureOrAppListedTwiceIsNamedAtTheRepeat() {
        Map<String, Object> body = validBody();
        body.put("features", List.of("microg", "desktop-mode", "microg"));
        body.put("apps", List.of("signal", "signal"));
        rejected(400, () -> post(freshKey(), body))
                .body("errors.field", equalTo(List.of("apps[1]", "features[2]")))
                .body("errors[0].reason", equalTo("is already listed"));
    }

    // --- what the catalog offers (422)

    @Test
    void anUnknownModelIsAnInvalidRequestNamingTheModel() {
        rejected(422, () -> post(freshKey(), bodyWith("model", "nordvik-glacier")))
                .body("errors.field", equalTo(List.of("model")))
                .body("errors[0].reason", equalTo("is not a model we sell"));
    }

    @Test
    void aColourTheModelDoesNotComeInIsAnInvalidRequestNamingTheColour() {
        rejected(422, () -> post(freshKey(), bodyWith("colour", "sand")))
                .body("errors.field", equalTo(List.of("colour")))
                .body("errors[0].reason", equalTo("is not offered for lumo-one (offered: coral, ink)"));
    }

    @Test
    void aStorageSizeTheModelDoesNotComeInIsAnInvalidRequestNamingTheStorage() {
        rejected(422, () -> post(freshKey(), bodyWith("storageGb", 256)))
                .body("errors.field", equalTo(List.of("storageGb")))
                .body("errors[0].reason", equalTo("is not offered for lumo-one (offered: 64, 128)"));
    }

    @Test
    void anUnknownFeatureIsAnInvalidRequestNamingItsIndex() {
        rejected(422, () -> post(freshKey(), bodyWith("features", List.of("microg", "root-access"))))
                .body("errors.field", equalTo(List.of("features[1]")));
    }

    @Test
    void anUnknownAppIsAnInvalidRequestNamingItsIndex() {
        rejected(422, () -> post(freshKey(), bodyWith("apps", List.of("whatsapp", "signal"))))
                .body("errors.field", equalTo(List.of("apps[0]")));
    }

    @Test
    void everyFieldTheCatalogDoesNotOfferIsNamedAtOnce() {
        Map<String, Object> body = validBody();
        body.put("model", "nordvik-fjord");
        body.put("colour", "coral");
        body.put("storageGb", 64);
        body.put("features", List.of("microg", "root-access"));
        body.put("apps", List.of("whatsapp", "signal", "tiktok"));
        rejected(422, () -> post(freshKey(), body))
                .body("errors.field", equalTo(List.of("colour", "storageGb", "features[1]", "apps[0]", "apps[2]")));
    }

    @Test
    void aRejectedRequestDoesNotUseUpItsKey() {
        String key = freshKey();
        rejected(422, () -> post(key, bodyWith("model", "nordvik-glacier")));

        post(key, validBody()).then().statusCode(201);
    }
}
