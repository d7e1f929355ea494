package com.phonesmith.configurator.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin edits the catalog's rules and prices; a change that would make it unsound is refused with the reason
 * and leaves nothing changed. Each test puts the seeded catalog back afterwards.
 */
@QuarkusTest
class CatalogAdminTest extends RealInfrastructure {
    private final TestTokens tokens = TestTokens.get();

    @Inject
    CatalogService catalogs;

    @AfterEach
    void restoreTheSeededCatalog() {
        QuarkusTransaction.requiringNew().run(() -> {
            catalogs.changing();
            OptionRuleEntity.delete("id.optionCode = ?1 and id.otherCode = ?2", "games-pack", "office-suite");
            AppEntity games = AppEntity.findById("games-pack");
            games.priceMinor = SEEDED_GAMES_PACK_PRICE;
        });
    }

    private static final long SEEDED_GAMES_PACK_PRICE = seededPrice();

    private static long seededPrice() {
        return QuarkusTransaction.requiringNew().call(() -> AppEntity.<AppEntity>findById("games-pack").priceMinor);
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(tokens.forRole(Roles.ADMIN)).contentType("application/json");
    }

    private List<OptionRuleEntity> rulesOf(String option) {
        return QuarkusTransaction.requiringNew().call(() -> OptionRuleEntity.list("id.optionCode", option));
    }

    @Test
    void anAdminAddsARuleAndTheConfiguratorFollowsItAtOnce() {
        admin().body(Map.of("kind", "EXCLUDES", "option", "games-pack", "other", "office-suite"))
                .post("/api/admin/catalog/rules").then().statusCode(201);

        given().contentType("application/json").body(Map.of("model", "lumo-pro", "chosen", List.of("games-pack")))
                .post("/api/configurations/evaluate").then().statusCode(200)
                .body("options.find { it.code == 'office-suite' }.status", equalTo("EXCLUDED"));
        admin().body(Map.of("kind", "EXCLUDES", "option", "games-pack", "other", "office-suite"))
                .post("/api/admin/catalog/rules").then().statusCode(409).body("errors[0].field", equalTo("rule"));
        admin().delete("/api/admin/catalog/rules/EXCLUDES/games-pack/office-suite").then().statusCode(204);
        admin().delete("/api/admin/catalog/rules/EXCLUDES/games-pack/office-suite").then().statusCode(404);
    }

    @Test
    void anAdminReadsTheRulesInTheShapeThatAddsAndRemovesThem() {
        admin().body(Map.of("kind", "EXCLUDES", "option", "games-pack", "other", "office-suite"))
                .post("/api/admin/catalog/rules").then().statusCode(201);

        List<Map<String, String>> rules = admin().get("/api/admin/catalog/rules").then().statusCode(200)
                .extract().path("rules");
        assertThat(rules).contains(Map.of("kind", "EXCLUDES", "option", "games-pack", "other", "office-suite"),
                Map.of("kind", "REQUIRES", "option", "kids-mode", "other", "launcher-kids"),
                Map.of("kind", "EXCLUDES", "option", "kids-mode", "other", "work-profile"));
        assertThat(rules).hasSize(QuarkusTransaction.requiringNew().call(() -> (int) OptionRuleEntity.count()));
        assertThat(rules).isSortedAccordingTo(java.util.Comparator.<Map<String, String>, String>comparing(
                r -> r.get("option")).thenComparing(r -> r.get("other")));
        admin().delete("/api/admin/catalog/rules/EXCLUDES/games-pack/office-suite").then().statusCode(204);
        assertThat(admin().get("/api/admin/catalog/rules").then().extract().<List<Map<String, String>>>path("rules"))
                .doesNotContain(Map.of("kind", "EXCLUDES", "option", "games-pack", "other", "office-suite"));
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).get("/api/admin/catalog/rules").then().statusCode(403);
        given().get("/api/admin/catalog/rules").then().statusCode(401);
    }

    @Test
    void aRuleLeavingAnOptionThatNoConfigurationCanHoldIsRefusedAndNothingChanges() {
        // Kids mode excludes Work profile already: requiring it as well leaves Kids mode impossible everywhere
        admin().body(Map.of("kind", "REQUIRES", "option", "kids-mode", "other", "work-profile"))
                .post("/api/admin/catalog/rules").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rule"))
                .body("errors.reason", org.hamcrest.Matchers.hasItem(startsWith("Kids mode can never be chosen: ")));

        assertThat(rulesOf("kids-mode")).noneMatch(r -> r.id.kind.equals("REQUIRES") && r.id.otherCode.equals(
                "work-profile"));
        assertThat(CatalogAudit.problems(catalogs.current())).isEmpty();
    }

    @Test
    void aRuleThatMakesTheRulesContradictIsRefusedWithTheContradiction() {
        // Phone and Messages come with every phone
        admin().body(Map.of("kind", "EXCLUDES", "option", "phone", "other", "messages"))
                .post("/api/admin/catalog/rules").then().statusCode(422)
                .body("errors[0].reason", startsWith("For the "))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("The rules contradict each other"));

        assertThat(rulesOf("phone")).isEmpty();
    }

    @Test
    void unknownOptionsAndMalformedRulesAreRefusedNamingTheField() {
        admin().body(Map.of("kind", "REQUIRES", "option", "jetpack", "other", "phone"))
                .post("/api/admin/catalog/rules").then().statusCode(422).body("errors[0].field", equalTo("option"));
        admin().body(Map.of("kind", "LIKES", "option", "phone", "other", "messages"))
                .post("/api/admin/catalog/rules").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        admin().body(Map.of("priceMinor", -5)).put("/api/admin/catalog/options/games-pack/price").then()
                .statusCode(400).body("errors[0].field", equalTo("priceMinor"));
        admin().body(Map.of("priceMinor", 5)).put("/api/admin/catalog/options/jetpack/price").then().statusCode(404);
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType("application/json")
                .body(Map.of("priceMinor", 5)).put("/api/admin/catalog/options/games-pack/price").then().statusCode(403);
    }

    @Test
    void aPriceChangedAfterAQuoteIsShownToTheShopperInsteadOfCharged() {
        Map<String, Object> configuration = Map.of("model", "lumo-pro", "colour", "ink", "storageGb", 256,
                "apps", List.of("games-pack"));
        String quote = given().contentType("application/json").body(configuration).post("/api/quotes").then()
                .statusCode(201).extract().path("id");

        admin().body(Map.of("priceMinor", SEEDED_GAMES_PACK_PRICE + 500))
                .put("/api/admin/catalog/options/games-pack/price").then().statusCode(204);

        Map<String, Object> order = new java.util.HashMap<>(configuration);
        order.put("customerEmail", "ada@example.org");
        order.put("quoteId", quote);
        given().header("Idempotency-Key", "price-" + quote).contentType("application/json").body(order)
                .post("/api/orders").then().statusCode(409).body("errors[0].field", equalTo("quoteId"))
                .body("errors[0].reason", startsWith("the price changed from "));
    }
}
