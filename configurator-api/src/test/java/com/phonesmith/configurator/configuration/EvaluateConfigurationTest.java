package com.phonesmith.configurator.configuration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configurator's answer on the seeded launch catalog, through HTTP, from the catalog in PostgreSQL. */
@QuarkusTest
class EvaluateConfigurationTest extends RealInfrastructure {
    @Inject
    CatalogService catalogs;

    private static Map<String, Object> request(String model, Integer storageGb, List<String> chosen,
            List<String> removed) {
        Map<String, Object> body = new HashMap<>();
        body.put("model", model);
        body.put("storageGb", storageGb);
        body.put("chosen", chosen);
        body.put("removed", removed);
        return body;
    }

    private static JsonPath evaluate(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/configurations/evaluate")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static Map<String, Object> option(JsonPath json, String code) {
        return json.getMap("options.find { it.code == '" + code + "' }");
    }

    @Test
    void theSeededCatalogHasNoContradictionAndEveryOptionFitsSomeModel() {
        Catalog catalog = catalogs.current();
        java.util.Set<String> neverChosen = new java.util.HashSet<>(catalog.featureModel().options().stream()
                .map(com.phonesmith.configurator.rules.FeatureModel.Option::name).toList());

        assertThat(catalog.featureModel().options()).hasSizeGreaterThanOrEqualTo(48);
        for (Catalog.Model model : catalog.models()) {
            List<String> problems = catalog.configurator(model).audit();
            assertThat(problems).as(model.code()).noneMatch(p -> p.startsWith("The rules contradict"))
                    .allSatisfy(p -> assertThat(p).contains("GB of RAM"));
            neverChosen.removeIf(name -> problems.stream().noneMatch(p -> p.startsWith(name + " can never")));
        }
        assertThat(neverChosen).isEmpty();
    }

    @Test
    void anEmptyConfigurationShowsTheDefaultsAndTheCheapestVariantWithItsPrice() {
        JsonPath json = evaluate(request("lumo-one", null, List.of(), List.of()));

        assertThat(json.getBoolean("consistent")).isTrue();
        assertThat(json.getList("configuration.features")).containsExactly("launcher-classic");
        assertThat(json.getList("configuration.apps")).containsExactly("camera", "firefox", "messages", "phone");
        assertThat(option(json, "phone")).containsEntry("status", "INCLUDED").containsEntry("group", "core-apps");
        assertThat(option(json, "launcher-classic")).containsEntry("status", "OPEN")
                .containsEntry("groupKind", "EXACTLY_ONE").containsEntry("inConfiguration", true);
        assertThat(json.getInt("price.totalMinor")).isEqualTo(24900);
        assertThat(json.getInt("price.taxMinor")).isEqualTo(4150);
        assertThat(json.getList("price.lines.kind")).containsExactly("handset", "feature", "app", "app", "app", "app");
        assertThat(json.getList("storages.value")).containsExactly("64", "128");
    }

    @Test
    void kidsModeBringsItsLauncherAndSafetyAndKeepsTheOtherLaunchersAndWorkProfileOut() {
        JsonPath json = evaluate(request("lumo-one", 64, List.of("kids-mode"), List.of()));

        assertThat(option(json, "launcher-kids")).containsEntry("status", "INCLUDED")
                .containsEntry("why", "Included because Kids mode needs Kids launcher.");
        assertThat(option(json, "parental-controls")).containsEntry("status", "INCLUDED");
        assertThat(option(json, "launcher-classic")).containsEntry("status", "EXCLUDED");
        assertThat(option(json, "work-profile")).containsEntry("status", "EXCLUDED")
                .containsEntry("why", "Work profile cannot be combined with Kids mode. Remove Kids mode.");
        assertThat(json.getList("configuration.features")).contains("kids-mode", "launcher-kids", "parental-controls",
                "content-filter").doesNotContain("launcher-classic");
    }

    @Test
    void anAppThatDoesNotFitSaysWhatIsLeftAndOffersTheLargerStorageOrLessToInstall() {
        List<String> big = List.of("games-pack", "offline-video", "photo-editor", "office-suite", "organic-maps");

        JsonPath json = evaluate(request("lumo-one", 64, big, List.of()));

        Map<String, Object> maps = option(json, "osmand");
        assertThat(maps).containsEntry("status", "EXCLUDED");
        assertThat((String) maps.get("why")).startsWith(
                "OsmAnd needs 8 GB free; with 64 GB storage and the apps you chose, 6.1 GB are left. Choose 128 GB, or remove ");
        List<Map<String, Object>> fixes = json.getList("options.find { it.code == 'osmand' }.fixes");
        assertThat(fixes).extracting(f -> f.get("label")).contains("Choose 128 GB", "Remove Games Pack");
        for (Map<String, Object> fix : fixes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> selection = (Map<String, Object>) fix.get("selection");
            Map<String, Object> next = request("lumo-one", (Integer) selection.get("storageGb"),
                    new ArrayList<>((List<String>) selection.get("chosen")), (List<String>) selection.get("removed"));
            JsonPath fixed = evaluate(next);
            assertThat(fixed.getBoolean("consistent")).as(fix.get("label").toString()).isTrue();
            assertThat(fixed.getList("configuration.apps")).contains("osmand");
        }
    }

    @Test
    void decisionsThatCannotAllHoldAnswerTheConflictAndItsFixesWithoutAPrice() {
        JsonPath json = evaluate(request("nordvik-fjord", 128, List.of("desktop-mode", "kids-mode", "work-profile"),
                List.of()));

        assertThat(json.getBoolean("consistent")).isFalse();
        assertThat(json.getString("conflict.why")).isNotBlank();
        assertThat(json.getList("conflict.fixes.label")).isNotEmpty();
        assertThat(json.getMap("price")).isNull();
        assertThat(json.getMap("configuration")).isNull();
    }

    @Test
    void unknownModelsOptionsAndContradictoryListsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(request("lumo-zero", null, List.of(), List.of()))
                .when().post("/api/configurations/evaluate").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("model"));
        given().contentType(ContentType.JSON).body(request("lumo-one", 512, List.of("microg", "root"), List.of("microg")))
                .when().post("/api/configurations/evaluate").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("storageGb", "chosen[1]", "removed[0]")));
        given().contentType(ContentType.JSON).body("{\"model\": \"lumo-one\", \"storageGb\": \"64\"}")
                .when().post("/api/configurations/evaluate").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("storageGb"));
        given().contentType(ContentType.JSON).body(request("lumo-one", null, List.of("microg", "microg"), List.of()))
                .when().post("/api/configurations/evaluate").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("chosen[1]"));
        given().contentType(ContentType.JSON).body(request("lumo-one", null, java.util.Collections.nCopies(201, "x"),
                        List.of()))
                .when().post("/api/configurations/evaluate").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("chosen"));
    }
}
