package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRulesTest {
    private final OrderRules rules = new OrderRules(TestCatalog.shop());

    private static OrderRequest order(String model, String colour, int storage, List<String> features,
            List<String> apps) {
        return new OrderRequest(model, colour, storage, features, apps, "ada@example.org");
    }

    @Test
    void aVariantWithoutExtrasCostsTheVariantsPrice() {
        PricedConfiguration priced = rules.check(order("nordvik-fjord", "birch", 256, List.of(), List.of()));

        assertThat(priced.priceMinor()).isEqualTo(44900);
        assertThat(priced.currency()).isEqualTo("EUR");
        assertThat(priced.maker()).isEqualTo("nordvik");
        assertThat(priced.model()).isEqualTo("nordvik-fjord");
        assertThat(priced.colour()).isEqualTo("birch");
        assertThat(priced.storageGb()).isEqualTo(256);
    }

    @Test
    void thePriceAddsThePricesOfTheChosenFeaturesAndApps() {
        PricedConfiguration priced = rules.check(order("lumo-one", "coral", 64,
                List.of("microg", "desktop-mode"), List.of("navigator-pro", "signal")));

        assertThat(priced.priceMinor()).isEqualTo(24900 + 1500 + 499);
    }

    @Test
    void freeFeaturesAndAppsAddNothing() {
        PricedConfiguration priced = rules.check(order("nordvik-tundra", "snow", 512,
                List.of("microg", "privacy-dns", "work-profile"), List.of("firefox", "osmand", "k9-mail", "newpipe")));

        assertThat(priced.priceMinor()).isEqualTo(69900);
    }

    @Test
    void featuresAndAppsAreKeptInCodeOrder() {
        PricedConfiguration priced = rules.check(order("lumo-pro", "sand", 128,
                List.of("work-profile", "microg"), List.of("signal", "firefox")));

        assertThat(priced.features()).containsExactly("microg", "work-profile");
        assertThat(priced.apps()).containsExactly("firefox", "signal");
    }

    @Test
    void anUnknownModelIsReportedOnTheModelAlone() {
        assertThat(rules.errorsIn(order("nordvik-glacier", "slate", 128, List.of(), List.of())))
                .containsExactly(new FieldError("model", "is not a model we sell"));
    }

    @Test
    void aColourTheModelDoesNotComeInIsReportedWithTheColoursOffered() {
        assertThat(rules.errorsIn(order("nordvik-fjord", "coral", 128, List.of(), List.of())))
                .containsExactly(new FieldError("colour", "is not offered for nordvik-fjord (offered: birch, slate)"));
    }

    @Test
    void aStorageSizeTheModelDoesNotComeInIsReportedWithTheSizesOffered() {
        assertThat(rules.errorsIn(order("nordvik-fjord", "slate", 512, List.of(), List.of())))
                .containsExactly(new FieldError("storageGb", "is not offered for nordvik-fjord (offered: 128, 256)"));
    }

    @Test
    void aStorageSizeOfferedOnlyInAnotherColourIsReportedOnTheStorage() {
        assertThat(rules.errorsIn(order("lumo-mini", "coral", 128, List.of(), List.of())))
                .containsExactly(new FieldError("storageGb", "is not offered for lumo-mini in coral (offered: 64)"));
    }

    @Test
    void anUnknownFeatureOrAppIsReportedAtItsIndex() {
        assertThat(rules.errorsIn(order("lumo-one", "ink", 128, List.of("microg", "root-access"),
                List.of("whatsapp", "signal", "tiktok"))))
                .containsExactly(new FieldError("features[1]", "is not an OS feature we offer"),
                        new FieldError("apps[0]", "is not an app we offer"),
                        new FieldError("apps[2]", "is not an app we offer"));
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        List<FieldError> errors = rules.errorsIn(order("lumo-pro", "coral", 64, List.of("desktop-mode", "x"),
                List.of("y")));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("colour", "storageGb", "features[1]", "apps[0]");
    }

    @Test
    void anUnknownModelStillReportsUnknownFeaturesAndApps() {
        assertThat(rules.errorsIn(order("phone", "slate", 128, List.of("x"), List.of("y"))))
                .extracting(FieldError::field).containsExactly("model", "features[0]", "apps[0]");
    }

    @Test
    void aRequestTheCatalogDoesNotOfferIsAnInvalidRequestProblemNamingEveryField() {
        assertThatThrownBy(() -> rules.check(order("nordvik-tundra", "slate", 128, List.of(), List.of("nope"))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.errors()).extracting(FieldError::field)
                            .containsExactly("colour", "storageGb", "apps[0]");
                });
    }

    @Test
    void theRulesCompleteTheOrderWithTheOptionsTheyIncludeAndTheDefaultsNotRemoved() {
        PricedConfiguration kept = rules.check(order("lumo-one", "ink", 64, List.of(), List.of("navigator-pro")));
        PricedConfiguration removed = rules.check(new OrderRequest("lumo-one", "ink", 64, List.of(), List.of("signal"),
                "ada@example.org", List.of("firefox")));

        assertThat(kept.features()).containsExactly("microg");
        assertThat(kept.apps()).containsExactly("firefox", "navigator-pro");
        assertThat(removed.apps()).containsExactly("signal");
    }

    @Test
    void aConfigurationThatBreaksARuleIsReportedOnTheFieldsOfItsMinimalConflict() {
        assertThat(rules.errorsIn(order("nordvik-fjord", "slate", 128, List.of("privacy-dns", "desktop-mode"),
                List.of()))).containsExactly(
                        new FieldError("storageGb",
                                "Desktop-mode needs 8 GB of RAM, which the 128 GB version does not have. Choose 256 GB, or remove desktop-mode."),
                        new FieldError("features[1]",
                                "Desktop-mode needs 8 GB of RAM, which the 128 GB version does not have. Choose 256 GB, or remove desktop-mode."));
    }

    @Test
    void aRemovedOptionTheRulesNeedIsAConflict() {
        assertThat(rules.errorsIn(new OrderRequest("lumo-one", "ink", 64, List.of("microg"), List.of("navigator-pro"),
                "ada@example.org", List.of("microg"))))
                .containsExactly(new FieldError("removed[0]", "is also chosen; an option is either chosen or removed"));
        assertThat(rules.errorsIn(new OrderRequest("lumo-one", "ink", 64, List.of(), List.of("navigator-pro"),
                "ada@example.org", List.of("microg"))))
                .extracting(FieldError::field).containsExactly("apps[0]", "removed[0]");
    }

    @Test
    void aValidRequestHasNoErrors() {
        assertThat(rules.errorsIn(order("lumo-pro", "ink", 256, List.of("privacy-dns"), List.of("osmand"))))
                .isEmpty();
    }
}
