package com.phonesmith.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.configurator.rules.FeatureModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void everyListIsSortedByCodeAndVariantsByColourThenStorage() {
        Catalog catalog = new Catalog("EUR",
                List.of(new Catalog.Maker("nordvik", "Nordvik Devices"), new Catalog.Maker("lumo", "Lumo Mobile")),
                List.of(new Catalog.Model("lumo-pro", "lumo", "Lumo Pro", List.of(
                                new Catalog.Variant("sand", 128, 8, 1), new Catalog.Variant("ink", 256, 8, 2),
                                new Catalog.Variant("ink", 128, 8, 3))),
                        new Catalog.Model("lumo-one", "lumo", "Lumo One", List.of())),
                List.of(new Catalog.Option("work-profile", "W", "w", 0), new Catalog.Option("microg", "M", "m", 0)),
                List.of(new Catalog.Option("signal", "S", "s", 0), new Catalog.Option("firefox", "F", "f", 0)),
                new FeatureModel(List.of(), List.of(), List.of(), 0));

        assertThat(catalog.makers()).extracting(Catalog.Maker::code).containsExactly("lumo", "nordvik");
        assertThat(catalog.models()).extracting(Catalog.Model::code).containsExactly("lumo-one", "lumo-pro");
        assertThat(catalog.model("lumo-pro").orElseThrow().variants())
                .containsExactly(new Catalog.Variant("ink", 128, 8, 3), new Catalog.Variant("ink", 256, 8, 2),
                        new Catalog.Variant("sand", 128, 8, 1));
        assertThat(catalog.features()).extracting(Catalog.Option::code).containsExactly("microg", "work-profile");
        assertThat(catalog.apps()).extracting(Catalog.Option::code).containsExactly("firefox", "signal");
    }

    @Test
    void aModelKnowsItsColoursAndStorageSizes() {
        Catalog.Model model = new Catalog.Model("m", "x", "M", List.of(new Catalog.Variant("snow", 512, 8, 1),
                new Catalog.Variant("moss", 256, 8, 1), new Catalog.Variant("snow", 256, 8, 1)));

        assertThat(model.colours()).containsExactly("moss", "snow");
        assertThat(model.storageSizes()).containsExactly(256, 512);
        assertThat(model.storageSizesIn("moss")).containsExactly(256);
        assertThat(model.variant("moss", 512)).isEmpty();
        assertThat(model.variant("snow", 512)).isPresent();
    }
}
