package com.phonesmith.configurator.catalog;

import com.phonesmith.configurator.rules.FeatureModel;
import java.util.List;

/**
 * The catalog's cross-tree rules as {@code GET /api/admin/catalog/rules} answers them, sorted by option, other and
 * kind: each in the shape that {@code POST /api/admin/catalog/rules} takes and the path of its {@code DELETE} names.
 */
public record CatalogRules(List<Rule> rules) {

    public record Rule(String kind, String option, String other) {
    }

    static CatalogRules of(Catalog catalog) {
        return new CatalogRules(catalog.featureModel().rules().stream()
                .map(r -> new Rule(r.kind().name(), r.option(), r.other())).toList());
    }
}
