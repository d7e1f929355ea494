package com.phonesmith.configurator.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest extends RealInfrastructure {

    private JsonPath catalog() {
        return given().when().get("/api/catalog")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void theCatalogIsPricedInEuro() {
        assertThat(catalog().getString("currency")).isEqualTo("EUR");
    }

    @Test
    void theCatalogListsTheSixMakersByCode() {
        assertThat(catalog().getList("makers", Map.class)).containsExactly(
                Map.of("code", "kestrel", "name", "Kestrel Field Phones"),
                Map.of("code", "lumo", "name", "Lumo Mobile"),
                Map.of("code", "meridian", "name", "Meridian Telecom"),
                Map.of("code", "nordvik", "name", "Nordvik Devices"),
                Map.of("code", "okapi", "name", "Okapi Mobile"),
                Map.of("code", "tessel", "name", "Tessel Devices"));
    }

    @Test
    void theCatalogListsEveryModelWithItsVariantsAndPrices() {
        JsonPath json = catalog();

        assertThat(json.getList("models.code")).containsExactly("kestrel-ridge", "kestrel-summit", "lumo-one",
                "lumo-pro", "meridian-go", "meridian-stride", "nordvik-fjord", "nordvik-tundra", "okapi-lite",
                "okapi-max", "tessel-fold", "tessel-mini");
        assertThat(json.getList("models.maker")).containsExactly("kestrel", "kestrel", "lumo", "lumo", "meridian",
                "meridian", "nordvik", "nordvik", "okapi", "okapi", "tessel", "tessel");
        assertThat(json.getList("models.name")).containsExactly("Kestrel Ridge", "Kestrel Summit", "Lumo One",
                "Lumo Pro", "Meridian Go", "Meridian Stride", "Nordvik Fjord", "Nordvik Tundra", "Okapi Lite",
                "Okapi Max", "Tessel Fold", "Tessel Mini");
        assertThat(variants(json, "lumo-one")).containsExactly(
                variant("coral", 64, 8, 24900), variant("coral", 128, 8, 27900),
                variant("ink", 64, 8, 24900), variant("ink", 128, 8, 27900));
        assertThat(variants(json, "lumo-pro")).containsExactly(
                variant("ink", 128, 8, 49900), variant("ink", 256, 12, 54900),
                variant("sand", 128, 8, 49900), variant("sand", 256, 12, 54900));
        assertThat(variants(json, "nordvik-fjord")).containsExactly(
                variant("birch", 128, 6, 39900), variant("birch", 256, 8, 44900),
                variant("slate", 128, 6, 39900), variant("slate", 256, 8, 44900));
        assertThat(variants(json, "nordvik-tundra")).containsExactly(
                variant("moss", 256, 12, 59900), variant("moss", 512, 16, 69900),
                variant("snow", 256, 12, 59900), variant("snow", 512, 16, 69900));
        assertThat(variants(json, "kestrel-ridge")).containsExactly(
                variant("olive", 64, 6, 32900), variant("olive", 128, 8, 36900),
                variant("orange", 64, 6, 32900), variant("orange", 128, 8, 36900));
        assertThat(variants(json, "kestrel-summit")).containsExactly(
                variant("basalt", 256, 12, 64900), variant("basalt", 512, 16, 74900),
                variant("glacier", 256, 12, 64900), variant("glacier", 512, 16, 74900));
        assertThat(variants(json, "meridian-go")).containsExactly(
                variant("graphite", 32, 4, 14900), variant("graphite", 64, 6, 16900),
                variant("mint", 32, 4, 14900), variant("mint", 64, 6, 16900));
        assertThat(variants(json, "meridian-stride")).containsExactly(
                variant("ocean", 128, 6, 29900), variant("ocean", 256, 8, 33900),
                variant("sunset", 128, 6, 29900), variant("sunset", 256, 8, 33900));
        assertThat(variants(json, "okapi-lite")).containsExactly(
                variant("clay", 64, 4, 19900), variant("clay", 128, 6, 22900),
                variant("sky", 64, 4, 19900), variant("sky", 128, 6, 22900));
        assertThat(variants(json, "okapi-max")).containsExactly(
                variant("clay", 128, 8, 44900), variant("clay", 256, 12, 49900),
                variant("night", 128, 8, 44900), variant("night", 256, 12, 49900));
        assertThat(variants(json, "tessel-fold")).containsExactly(
                variant("frost", 256, 12, 119900), variant("frost", 512, 16, 134900),
                variant("onyx", 256, 12, 119900), variant("onyx", 512, 16, 134900));
        assertThat(variants(json, "tessel-mini")).containsExactly(
                variant("lilac", 128, 6, 34900), variant("lilac", 256, 8, 39900),
                variant("pearl", 128, 6, 34900), variant("pearl", 256, 8, 39900));
    }

    @Test
    void theCatalogListsTheOsFeaturesByCodeWithTheirPrices() {
        JsonPath json = catalog();

        List<String> codes = json.getList("features.code");
        assertThat(codes).hasSizeGreaterThanOrEqualTo(24).isSorted()
                .contains("desktop-mode", "microg", "privacy-dns", "work-profile", "kids-mode", "launcher-classic");
        assertThat(json.getInt("features.find { it.code == 'desktop-mode' }.priceMinor")).isEqualTo(1500);
        assertThat(json.getList("features.name", String.class)).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(json.getList("features.description", String.class)).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void theCatalogListsTheAppsByCodeWithTheirPrices() {
        JsonPath json = catalog();

        List<String> codes = json.getList("apps.code");
        assertThat(codes).hasSizeGreaterThanOrEqualTo(24).isSorted()
                .contains("firefox", "k9-mail", "navigator-pro", "newpipe", "osmand", "signal", "games-pack");
        assertThat(json.getInt("apps.find { it.code == 'navigator-pro' }.priceMinor")).isEqualTo(499);
        assertThat(json.getList("apps.name", String.class)).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(json.getList("apps.description", String.class)).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void eachEntryHasExactlyTheDocumentedFields() {
        JsonPath json = catalog();

        assertThat(json.getMap("$").keySet()).containsExactlyInAnyOrder("currency", "makers", "models", "features",
                "apps");
        assertThat(json.getMap("models[0]").keySet()).containsExactlyInAnyOrder("code", "maker", "name", "variants");
        assertThat(json.getMap("models[0].variants[0]").keySet())
                .containsExactlyInAnyOrder("colour", "storageGb", "ramGb", "priceMinor");
        assertThat(json.getMap("features[0]").keySet())
                .containsExactlyInAnyOrder("code", "name", "description", "priceMinor");
        assertThat(json.getMap("apps[0]").keySet())
                .containsExactlyInAnyOrder("code", "name", "description", "priceMinor");
    }

    private static List<Map<String, Object>> variants(JsonPath json, String model) {
        return json.getList("models.find { it.code == '" + model + "' }.variants");
    }

    private static Map<String, Object> variant(String colour, int storageGb, int ramGb, int priceMinor) {
        return Map.of("colour", colour, "storageGb", storageGb, "ramGb", ramGb, "priceMinor", priceMinor);
    }
}
