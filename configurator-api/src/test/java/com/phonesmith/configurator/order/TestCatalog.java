package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.Catalog.Maker;
import com.phonesmith.configurator.catalog.Catalog.Model;
import com.phonesmith.configurator.catalog.Catalog.Option;
import com.phonesmith.configurator.catalog.Catalog.Variant;
import com.phonesmith.configurator.rules.FeatureModel;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shop's catalog as plain values, for unit tests of the order rules (the variants and prices of
 * V2__seed_catalog.sql, with a few of the rules of V5__feature_model.sql).
 */
public final class TestCatalog {
    private TestCatalog() {
    }

    public static Catalog shop() {
        List<Option> features = List.of(option("microg", 0), option("privacy-dns", 0), option("work-profile", 0),
                option("desktop-mode", 1500));
        List<Option> apps = List.of(option("firefox", 0), option("signal", 0), option("osmand", 0),
                option("k9-mail", 0), option("newpipe", 0), option("navigator-pro", 499));
        return new Catalog("EUR",
                List.of(new Maker("nordvik", "Nordvik Devices"), new Maker("lumo", "Lumo Mobile")),
                List.of(model("nordvik-fjord", "nordvik", List.of("slate", "birch"), 128, 6, 39900, 256, 8, 44900),
                        model("nordvik-tundra", "nordvik", List.of("moss", "snow"), 256, 12, 59900, 512, 16, 69900),
                        model("lumo-one", "lumo", List.of("coral", "ink"), 64, 8, 24900, 128, 8, 27900),
                        model("lumo-pro", "lumo", List.of("ink", "sand"), 128, 8, 49900, 256, 12, 54900),
                        // a model whose colours do not all come in every size
                        new Model("lumo-mini", "lumo", "Lumo Mini", List.of(new Variant("coral", 64, 4, 19900),
                                new Variant("ink", 64, 4, 19900), new Variant("ink", 128, 4, 21900)))),
                features, apps, featureModel(features, apps));
    }

    /** Desktop mode needs 8 GB of RAM, Navigator Pro needs microG, Firefox is in unless removed. */
    private static FeatureModel featureModel(List<Option> features, List<Option> apps) {
        Stream<FeatureModel.Option> featureOptions = features.stream().map(o -> new FeatureModel.Option(o.code(),
                o.name(), FeatureModel.Kind.FEATURE, o.priceMinor(), 0, o.code().equals("desktop-mode") ? 8 : 0,
                false));
        Stream<FeatureModel.Option> appOptions = apps.stream().map(o -> new FeatureModel.Option(o.code(), o.name(),
                FeatureModel.Kind.APP, o.priceMinor(), o.code().equals("osmand") ? 8192 : 100, 0,
                o.code().equals("firefox")));
        return new FeatureModel(Stream.concat(featureOptions, appOptions).toList(), List.of(),
                List.of(new FeatureModel.Rule(FeatureModel.RuleKind.REQUIRES, "navigator-pro", "microg")), 12288);
    }

    private static Model model(String code, String maker, List<String> colours, int small, int smallRam,
            long smallPrice, int large, int largeRam, long largePrice) {
        List<Variant> variants = colours.stream()
                .flatMap(c -> Stream.of(new Variant(c, small, smallRam, smallPrice),
                        new Variant(c, large, largeRam, largePrice)))
                .toList();
        return new Model(code, maker, code, variants);
    }

    private static Option option(String code, long price) {
        return new Option(code, code, "about " + code, price);
    }
}
