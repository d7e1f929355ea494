package com.phonesmith.configurator.configuration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Saving a configuration under a short code and reopening it by that code, through HTTP on PostgreSQL. */
@QuarkusTest
class SaveAndShareConfigurationTest extends RealInfrastructure {
    @Inject
    EntityManager entityManager;

    private static Map<String, Object> configuration(String colour, List<String> chosen) {
        return Map.of("model", "lumo-pro", "colour", colour, "storageGb", 256, "chosen", chosen,
                "removed", List.of("firefox"));
    }

    @Test
    void aSavedConfigurationReopensExactlyByItsCode() {
        Map<String, Object> saved = configuration("sand", List.of("osmand", "kids-mode"));

        JsonPath answer = given().contentType(ContentType.JSON).body(saved).when().post("/api/configurations")
                .then().statusCode(201).contentType(ContentType.JSON).extract().jsonPath();
        String code = answer.getString("code");

        assertThat(code).matches("[0-9a-z]{8}");
        given().when().get("/api/configurations/" + code.toUpperCase()).then().statusCode(200)
                .body("code", equalTo(code))
                .body("saved.model", equalTo("lumo-pro")).body("saved.colour", equalTo("sand"))
                .body("saved.storageGb", equalTo(256)).body("saved.chosen", equalTo(List.of("osmand", "kids-mode")))
                .body("saved.removed", equalTo(List.of("firefox")))
                .body("reopened", equalTo(answer.getMap("saved"))).body("changes", hasSize(0));
    }

    @Test
    void savingTheSameConfigurationAgainGivesTheSameCode() {
        Map<String, Object> saved = configuration("ink", List.of("signal"));
        String code = given().contentType(ContentType.JSON).body(saved).when().post("/api/configurations")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/configurations/"))
                .extract().path("code");

        given().contentType(ContentType.JSON).body(saved).when().post("/api/configurations")
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void manyShoppersSavingOneConfigurationAtOnceMakeOneRow() throws Exception {
        Map<String, Object> saved = configuration("ink", List.of("newpipe", "osmand"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> saves = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                saves.add(() -> given().contentType(ContentType.JSON).body(saved).when().post("/api/configurations")
                        .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("code"));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> code : pool.invokeAll(saves)) {
                codes.add(code.get());
            }
            assertThat(codes).containsOnly(codes.get(0));
            assertThat(((Number) entityManager.createNativeQuery(
                    "select count(*) from saved_configuration where code = :code")
                    .setParameter("code", codes.get(0)).getSingleResult()).intValue()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCodeNothingWasSavedUnderIsNotFoundAndTextThatIsNoCodeIsRefused() {
        given().when().get("/api/configurations/zzzzzzzz").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/configurations/not-a-code").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
    }

    @Test
    void aConfigurationWithOptionsTheCatalogDoesNotOfferIsNotSaved() {
        given().contentType(ContentType.JSON).body(configuration("ink", List.of("osmand", "pinball")))
                .when().post("/api/configurations").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("chosen[1]"));
        given().contentType(ContentType.JSON).body(Map.of("model", "lumo-pro", "storageGb", "lots"))
                .when().post("/api/configurations").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
