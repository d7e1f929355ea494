package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.Catalog.Maker;
import com.phonesmith.configurator.catalog.Catalog.Model;
import com.phonesmith.configurator.catalog.Catalog.Option;
import com.phonesmith.configurator.catalog.Catalog.Variant;
import java.util.List;

/** The shop's catalog as plain values, for unit tests of the order rules (same data as V2__seed_catalog.sql). */
final class TestCatalog {
    private TestCatalog() {
    }

    static Catalog shop() {
        return new Catalog("EUR",
                List.of(new Maker("nordvik", "Nordvik Devices"), new Maker("lumo", "Lumo Mobile")),
                List.of(model("nordvik-fjord", "nordvik", List.of("slate", "birch"), 128, 39900, 256, 44900),
                        model("nordvik-tundra", "nordvik", List.of("moss", "snow"), 256, 59900, 512, 69900),
                        model("lumo-one", "lumo", List.of("coral", "ink"), 64, 24900, 128, 27900),
                        model("lumo-pro", "lumo", List.of("ink", "sand"), 128, 49900, 256, 54900),
                        // a model whose colours do not all come in every size
                        new Model("lumo-mini", "lumo", "Lumo Mini", List.of(new Variant("coral", 64, 19900),
                                new Variant("ink", 64, 19900), new Variant("ink", 128, 21900)))),
                List.of(option("microg", 0), option("privacy-dns", 0), option("work-profile", 0),
                        option("desktop-mode", 1500)),
                List.of(option("firefox", 0), option("signal", 0), option("osmand", 0), option("k9-mail", 0),
                        option("newpipe", 0), option("navigator-pro", 499)));
    }

    private static Model model(String code, String maker, List<String> colours, int small, long smallPrice,
            int large, long largePrice) {
        List<Variant> variants = colours.stream()
                .flatMap(c -> List.of(new Variant(c, small, smallPrice), new Variant(c, large, largePrice)).stream())
                .toList();
        return new Model(code, maker, code, variants);
    }

    private static Option option(String code, long price) {
        return new Option(code, code, "about " + code, price);
    }
}
