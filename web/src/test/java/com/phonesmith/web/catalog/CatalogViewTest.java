package com.phonesmith.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogViewTest {
    @Test
    void modelsAreGroupedUnderTheirMakersInCatalogOrderWithFormattedVariants() {
        Catalog catalog = new Catalog("EUR",
                List.of(new Catalog.Maker("nordvik", "Nordvik Devices"), new Catalog.Maker("lumo", "Lumo Mobile")),
                List.of(new Catalog.Model("lumo-one", "lumo", "Lumo One", List.of(
                                new Catalog.Variant("ink", 128, 27900), new Catalog.Variant("coral", 64, 24900))),
                        new Catalog.Model("nordvik-fjord", "nordvik", "Nordvik Fjord", List.of(
                                new Catalog.Variant("slate", 128, 39900)))),
                List.of(new Catalog.Option("desktop-mode", "Desktop mode", "Monitor, keyboard, mouse", 2900)),
                List.of(new Catalog.Option("firefox", "Firefox", null, 0)));

        CatalogView view = CatalogView.of(catalog);

        assertThat(view.makers()).extracting(CatalogView.MakerView::name).containsExactly("Nordvik Devices", "Lumo Mobile");
        CatalogView.ModelView lumoOne = view.makers().get(1).models().get(0);
        assertThat(lumoOne.name()).isEqualTo("Lumo One");
        assertThat(lumoOne.fromPrice()).isEqualTo("€249.00");
        assertThat(lumoOne.variants()).containsExactly(
                new CatalogView.VariantView("Ink", "128 GB", "€279.00"),
                new CatalogView.VariantView("Coral", "64 GB", "€249.00"));
        assertThat(view.features()).containsExactly(
                new CatalogView.OptionView("desktop-mode", "Desktop mode", "Monitor, keyboard, mouse", "+€29.00"));
        assertThat(view.apps()).containsExactly(new CatalogView.OptionView("firefox", "Firefox", "", "Included"));
    }

    @Test
    void aModelOfAnUnlistedMakerIsShownUnderTheMakerCode() {
        Catalog catalog = new Catalog("EUR", List.of(),
                List.of(new Catalog.Model("x-1", "xenon", "X 1", List.of())), List.of(), List.of());

        CatalogView view = CatalogView.of(catalog);

        assertThat(view.makers()).singleElement().satisfies(maker -> {
            assertThat(maker.name()).isEqualTo("xenon");
            assertThat(maker.models()).extracting(CatalogView.ModelView::fromPrice).containsExactly("");
        });
    }

    @Test
    void storageOfWholeTerabytesIsShownInTerabytes() {
        assertThat(CatalogView.storageLabel(512)).isEqualTo("512 GB");
        assertThat(CatalogView.storageLabel(1024)).isEqualTo("1 TB");
    }
}
