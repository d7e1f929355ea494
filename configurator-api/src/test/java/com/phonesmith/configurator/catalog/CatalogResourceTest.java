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
    void theCatalogListsBothMakersByCode() {
        assertThat(catalog().getList("makers", Map.class)).containsExactly(
                Map.of("code", "lumo", "name", "Lumo Mobile"),
                Map.of("code", "nordvik", "name", "Nordvik Devices"));
    }

    @Test
    void theCatalogListsEveryModelWithItsVariantsAndPrices() {
        JsonPath json = catalog();

        assertThat(json.getList("models.code")).containsExactly("lumo-one", "lumo-pro", "nordvik-fjord",
                "nordvik-tundra");
        assertThat(json.getList("models.maker")).containsExactly("lumo", "lumo", "nordvik", "nordvik");
        assertThat(json.getList("models.name")).containsExactly("Lumo One", "Lumo Pro", "Nordvik Fjord",
                "Nordvik Tundra");
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
