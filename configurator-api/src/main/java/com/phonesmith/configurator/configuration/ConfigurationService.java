package com.phonesmith.configurator.configuration;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogConfig;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.pricing.PriceBreakdown;
import com.phonesmith.configurator.pricing.Pricing;
import com.phonesmith.configurator.rules.FeatureModel;
import com.phonesmith.configurator.rules.Propagation;
import com.phonesmith.configurator.rules.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Evaluates a shopper's partial configuration against the catalog's rules and prices what it would build. */
@ApplicationScoped
public class ConfigurationService {
    private final CatalogService catalogs;
    private final CatalogConfig config;

    public ConfigurationService(CatalogService catalogs, CatalogConfig config) {
        this.catalogs = catalogs;
        this.config = config;
    }

    public ConfigurationAnswer evaluate(ConfigurationRequest request) {
        Catalog catalog = catalogs.current();
        SelectionRules rules = new SelectionRules(catalog);
        Selection selection = rules.selection(request);
        Catalog.Model model = rules.model(request.model(), "model");
        Propagation propagation = catalog.configurator(model).propagate(selection);
        PriceBreakdown price = propagation.completion().map(built -> {
            Catalog.Variant variant = model.variant(built.variant().colour(), built.variant().storageGb())
                    .orElseThrow();
            List<String> options = new ArrayList<>(ConfigurationAnswer.ofKind(catalog, built.options(),
                    FeatureModel.Kind.FEATURE));
            options.addAll(ConfigurationAnswer.ofKind(catalog, built.options(), FeatureModel.Kind.APP));
            return new Pricing(catalog, config.vatPercent()).price(model, variant, options);
        }).orElse(null);
        return ConfigurationAnswer.of(catalog, model, request, propagation, price);
    }
}
