package com.phonesmith.configurator.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.rules.Configurator;
import com.phonesmith.configurator.rules.HandsetVariant;
import com.phonesmith.configurator.rules.Propagation;
import com.phonesmith.configurator.rules.Selection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalog the shop opens with, as seeded in PostgreSQL: six makers (the OS vendor's launch partners) with two
 * models each, every model in two colours and two storage sizes with their RAM, every variant configurable and
 * orderable, and sizes and RAM that make the feature model's numeric rules bite.
 */
@QuarkusTest
class LaunchCatalogTest extends RealInfrastructure {
    @Inject
    CatalogService catalogs;

    private Configurator configurator(String model) {
        Catalog catalog = catalogs.current();
        return catalog.configurator(catalog.model(model).orElseThrow());
    }

    private static Selection storage(int storageGb, String... chosen) {
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        for (String code : chosen) {
            decisions.put(code, true);
        }
        return new Selection(null, storageGb, decisions);
    }

    private static Propagation.OptionState state(Propagation answer, String code) {
        return answer.options().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theShopSellsSixMakersWithTwoModelsEachAndEveryModelInEachOfItsColoursWithEachStorageSize() {
        Catalog catalog = catalogs.current();

        assertThat(catalog.makers()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.models()).hasSizeGreaterThanOrEqualTo(12);
        for (Catalog.Maker maker : catalog.makers()) {
            assertThat(catalog.models()).as("models of %s", maker.code())
                    .filteredOn(m -> m.maker().equals(maker.code())).hasSizeGreaterThanOrEqualTo(2);
        }
        for (Catalog.Model model : catalog.models()) {
            assertThat(catalog.maker(model.maker())).as("maker of %s", model.code()).isPresent();
            assertThat(model.colours()).as("colours of %s", model.code()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(model.storageSizes()).as("storage sizes of %s", model.code()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(model.variants()).as("variants of %s", model.code())
                    .hasSize(model.colours().size() * model.storageSizes().size())
                    .allSatisfy(v -> assertThat(v.ramGb()).isPositive())
                    .allSatisfy(v -> assertThat(v.priceMinor()).isPositive());
            for (String colour : model.colours()) {
                List<Catalog.Variant> bySize = model.variants().stream().filter(v -> v.colour().equals(colour))
                        .toList();
                for (int i = 1; i < bySize.size(); i++) {
                    assertThat(bySize.get(i).ramGb()).as("RAM of %s %s", model.code(), colour)
                            .isGreaterThanOrEqualTo(bySize.get(i - 1).ramGb());
                    assertThat(bySize.get(i).priceMinor()).as("price of %s %s", model.code(), colour)
                            .isGreaterThan(bySize.get(i - 1).priceMinor());
                }
            }
        }
    }

    @Test
    void everyVariantOfEveryModelHasAConfigurationTheRulesAllowAndTheCatalogHasNoProblem() {
        Catalog catalog = catalogs.current();

        assertThat(CatalogAudit.problems(catalog)).isEmpty();
        for (Catalog.Model model : catalog.models()) {
            Configurator engine = catalog.configurator(model);
            for (Catalog.Variant variant : model.variants()) {
                Optional<Propagation.Completion> completion = engine.complete(
                        new Selection(variant.colour(), variant.storageGb(), Map.of()));
                assertThat(completion).as("%s %s %d GB", model.code(), variant.colour(), variant.storageGb())
                        .hasValueSatisfying(c -> {
                            assertThat(c.variant()).isEqualTo(new HandsetVariant(variant.colour(),
                                    variant.storageGb(), variant.ramGb()));
                            assertThat(c.options()).contains("phone", "messages", "camera", "launcher-classic",
                                    "firefox");
                            assertThat(c.installMb()).isLessThanOrEqualTo(c.freeMb());
                        });
            }
        }
    }

    @Test
    void onTheMeridianGoGamesPackTakesThe64GbVariantWhereTheOfflineVideoAndMusicNoLongerFitBesideIt() {
        Configurator go = configurator("meridian-go");

        assertThat(go.complete(storage(32, "games-pack"))).isEmpty();
        assertThat(go.complete(Selection.empty().choose("games-pack")))
                .hasValueSatisfying(c -> assertThat(c.variant().storageGb()).isEqualTo(64));
        assertThat(go.complete(storage(32, "osmand", "offline-video"))).isEmpty();
        assertThat(go.complete(storage(64, "osmand", "offline-video"))).isPresent();
        assertThat(go.complete(storage(64, "games-pack", "offline-video", "offline-music"))).isEmpty();
        assertThat(configurator("okapi-lite").complete(storage(128, "games-pack", "offline-video", "offline-music")))
                .isPresent();

        Propagation.OptionState games = state(go.propagate(storage(32)), "games-pack");
        assertThat(games.status()).isEqualTo(Propagation.Status.EXCLUDED);
        assertThat(games.why()).contains("Games Pack needs 24 GB free", "32 GB");
    }

    @Test
    void aPhoneWithLessThan8GbOfRamHasNoDesktopModeAndOneWithLessThan6GbNoFaceUnlock() {
        Propagation lite = configurator("okapi-lite").propagate(Selection.empty());

        assertThat(state(lite, "desktop-mode").status()).isEqualTo(Propagation.Status.EXCLUDED);
        assertThat(state(lite, "desktop-mode").why()).contains("8 GB of RAM");
        assertThat(configurator("okapi-lite").complete(storage(64, "face-unlock"))).isEmpty();
        assertThat(configurator("okapi-lite").complete(Selection.empty().choose("face-unlock")))
                .hasValueSatisfying(c -> assertThat(c.variant()).isEqualTo(new HandsetVariant("clay", 128, 6)));
        assertThat(configurator("kestrel-ridge").complete(Selection.empty().choose("desktop-mode")))
                .hasValueSatisfying(c -> assertThat(c.variant().ramGb()).isEqualTo(8));
        assertThat(configurator("kestrel-ridge").complete(storage(64, "desktop-mode"))).isEmpty();
        assertThat(configurator("okapi-max").complete(Selection.empty().choose("on-device-assistant")))
                .hasValueSatisfying(c -> assertThat(c.variant().storageGb()).isEqualTo(256));
    }

    @Test
    void everyVariantOfEveryModelCanBeOrderedAndTheOrderNamesItsMaker() {
        Catalog catalog = catalogs.current();
        List<String> refused = new ArrayList<>();

        for (Catalog.Model model : catalog.models()) {
            for (Catalog.Variant variant : model.variants()) {
                Response placed = given().header("Idempotency-Key", "catalog-" + UUID.randomUUID())
                        .contentType("application/json")
                        .body(Map.of("model", model.code(), "colour", variant.colour(), "storageGb",
                                variant.storageGb(), "customerEmail", "launch-" + model.code() + "@example.org"))
                        .post("/api/orders");
                if (placed.statusCode() != 201 || !model.maker().equals(placed.path("maker"))
                        || ((Number) placed.path("priceMinor")).longValue() < variant.priceMinor()) {
                    refused.add(model.code() + " " + variant.colour() + " " + variant.storageGb() + ": "
                            + placed.statusCode() + " " + placed.asString());
                }
            }
        }

        assertThat(refused).isEmpty();
    }
}
