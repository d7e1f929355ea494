package com.phonesmith.images.build;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bundles requested by configuration through the API: idempotent, followed live, refused with reasons. */
@QuarkusTest
class ImageResourceTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    private static String token() {
        return TestTokens.get().forRole(Roles.SERVICE);
    }

    @Test
    void aRequestedConfigurationIsQueuedThenBuiltAndAskingAgainAnswersTheSameBuild() {
        Map<String, Object> request = Map.of("model", "nordvik-tundra", "features", List.of("gesture-navigation"),
                "apps", List.of("element"));
        String key = given().auth().oauth2(token()).contentType("application/json").body(request)
                .when().post("/api/images")
                .then().statusCode(202).header("Location", containsString("/api/images/"))
                .body("status", equalTo("QUEUED")).extract().path("bundleKey");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token())
                .when().get("/api/images/{key}", key)
                .then().statusCode(200).body("status", equalTo("BUILT")).body("progress", equalTo(100)));

        given().auth().oauth2(token()).contentType("application/json").body(request)
                .when().post("/api/images")
                .then().statusCode(200).body("bundleKey", equalTo(key)).body("status", equalTo("BUILT"))
                .body("url", startsWith("http")).body("attempts", equalTo(1));
    }

    @Test
    void theProgressStreamSendsEachChangeAndEndsWhenTheBundleIsBuilt() throws Exception {
        Map<String, Object> request = Map.of("model", "lumo-one", "features", List.of("wifi-calling"),
                "apps", List.of("antennapod"));
        String key = given().auth().oauth2(token()).contentType("application/json").body(request)
                .when().post("/api/images").then().extract().path("bundleKey");

        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("/api/images/" + key + "/progress")).header("Authorization", "Bearer " + token())
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> events = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                return lines.lines().filter(line -> line.startsWith("data:")).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(90, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)).contains("\"status\":\"BUILT\"").contains("\"progress\":100");
    }

    @Test
    void aSelectionThatCannotBeInstalledIsRefusedNamingTheFieldAndTheReason() {
        given().auth().oauth2(token()).contentType("application/json")
                .body(Map.of("model", "lumo-pro", "features", List.of("work-profile", "kids-mode"), "apps", List.of()))
                .when().post("/api/images")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("features"))
                .body("errors[0].reason", containsString("kids-mode"));
        given().auth().oauth2(token()).contentType("application/json")
                .body(Map.of("model", "brick-9000", "features", List.of(), "apps", List.of()))
                .when().post("/api/images")
                .then().statusCode(422).body("errors[0].field", equalTo("model"))
                .body("errors[0].reason", containsString("brick-9000"));
        given().auth().oauth2(token()).contentType("application/json")
                .body(Map.of("model", "lumo-pro", "features", List.of("teleport"), "apps", List.of("solitaire")))
                .when().post("/api/images")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("features", "apps")))
                .body("errors.reason", equalTo(List.of("unknown feature 'teleport'", "unknown app 'solitaire'")));
        given().auth().oauth2(token()).contentType("application/json")
                .body(Map.of("model", "lumo-pro", "features", List.of(), "apps", List.of(), "release", "9.9"))
                .when().post("/api/images")
                .then().statusCode(422).body("errors[0].field", equalTo("release"));
    }

    @Test
    void anUnknownBuildIsANotFoundProblem() {
        given().auth().oauth2(token()).when().get("/api/images/{key}", "f".repeat(64))
                .then().statusCode(404).contentType("application/problem+json");
    }
}
