package com.phonesmith.configurator.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.order.TestCatalog;
import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A saved configuration reopened against a catalog that may have changed since it was saved. */
class ReopeningTest {
    private final Reopening reopening = new Reopening(TestCatalog.shop());

    @Test
    void aConfigurationTheCatalogStillOffersReopensUnchanged() {
        ConfigurationRequest saved = new ConfigurationRequest("lumo-one", "coral", 128, List.of("osmand", "microg"),
                List.of("firefox"));

        Reopening.Reopened reopened = reopening.reopen(saved);

        assertThat(reopened.configuration()).isEqualTo(saved);
        assertThat(reopened.changes()).isEmpty();
    }

    @Test
    void aColourAndAnOptionNoLongerOfferedAreDroppedWithTheReason() {
        ConfigurationRequest saved = new ConfigurationRequest("lumo-one", "tangerine", 128,
                List.of("osmand", "retro-games"), List.of("pinball"));

        Reopening.Reopened reopened = reopening.reopen(saved);

        assertThat(reopened.configuration()).isEqualTo(new ConfigurationRequest("lumo-one", null, 128,
                List.of("osmand"), List.of()));
        assertThat(reopened.changes()).containsExactly(
                new FieldError("colour", "tangerine is no longer offered for the lumo-one"),
                new FieldError("chosen", "retro-games is no longer offered"),
                new FieldError("removed", "pinball is no longer offered"));
    }

    @Test
    void decisionsThatBreakTodaysRulesReopenAsTheNearestConfigurationThatCanBeBuilt() {
        // Desktop mode needs 8 GB of RAM; the 128 GB Nordvik Fjord has 6 GB
        ConfigurationRequest saved = new ConfigurationRequest("nordvik-fjord", "slate", 128,
                List.of("desktop-mode"), List.of());

        Reopening.Reopened reopened = reopening.reopen(saved);

        Catalog catalog = TestCatalog.shop();
        assertThat(catalog.configurator(catalog.model("nordvik-fjord").orElseThrow())
                .propagate(SelectionRules.selection(reopened.configuration().colour(),
                        reopened.configuration().storageGb(), reopened.configuration().chosen(),
                        reopened.configuration().removed())).consistent()).isTrue();
        assertThat(reopened.configuration()).isEqualTo(new ConfigurationRequest("nordvik-fjord", "slate", 256,
                List.of("desktop-mode"), List.of()));
        assertThat(reopened.changes()).containsExactly(new FieldError("configuration", "Desktop-mode needs 8 GB of"
                + " RAM, which the 128 GB version does not have. Choose 256 GB, or remove desktop-mode."
                + " Applied: Choose 256 GB."));
    }

    @Test
    void aModelNoLongerSoldCannotBeReopened() {
        assertThatThrownBy(() -> reopening.reopen(new ConfigurationRequest("nordvik-aurora", null, null, List.of(),
                List.of()))).isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(410);
                    assertThat(problem.errors()).containsExactly(
                            new FieldError("model", "nordvik-aurora is no longer sold"));
                });
    }
}
