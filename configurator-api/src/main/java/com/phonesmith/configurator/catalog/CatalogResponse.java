package com.phonesmith.configurator.catalog;

import java.util.List;

/** The catalog as GET /api/catalog answers it. */
public record CatalogResponse(String currency, List<Maker> makers, List<Model> models, List<Option> features,
        List<Option> apps) {

    public record Maker(String code, String name) {
    }

    public record Model(String code, String maker, String name, List<Variant> variants) {
    }

    public record Variant(String colour, int storageGb, int ramGb, long priceMinor) {
    }

    public record Option(String code, String name, String description, long priceMinor) {
    }

    static CatalogResponse of(Catalog catalog) {
        return new CatalogResponse(catalog.currency(),
                catalog.makers().stream().map(m -> new Maker(m.code(), m.name())).toList(),
                catalog.models().stream().map(m -> new Model(m.code(), m.maker(), m.name(),
                        m.variants().stream().map(v -> new Variant(v.colour(), v.storageGb(), v.ramGb(), v.priceMinor()))
                                .toList()))
                        .toList(),
                catalog.features().stream().map(CatalogResponse::option).toList(),
                catalog.apps().stream().map(CatalogResponse::option).toList());
    }

    private static Option option(Catalog.Option o) {
        return new Option(o.code(), o.name(), o.description(), o.priceMinor());
    }
}
