package com.phonesmith.configurator.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the catalog from its tables. */
@ApplicationScoped
public class CatalogService {
    private final CatalogConfig config;

    public CatalogService(CatalogConfig config) {
        this.config = config;
    }

    /** The catalog as it is now (in the caller's transaction, if there is one). */
    @Transactional
    public Catalog current() {
        String currency = config.currency();
        List<HandsetVariantEntity> variantRows = HandsetVariantEntity.listAll();
        List<OsFeatureEntity> featureRows = OsFeatureEntity.listAll();
        List<AppEntity> appRows = AppEntity.listAll();
        variantRows.forEach(v -> requireCurrency(currency, v.currency, "variant " + v.id.modelCode + "/"
                + v.id.colour + "/" + v.id.storageGb));
        featureRows.forEach(f -> requireCurrency(currency, f.currency, "feature " + f.code));
        appRows.forEach(a -> requireCurrency(currency, a.currency, "app " + a.code));

        Map<String, List<Catalog.Variant>> variantsByModel = variantRows.stream().collect(Collectors.groupingBy(
                v -> v.id.modelCode,
                Collectors.mapping(v -> new Catalog.Variant(v.id.colour, v.id.storageGb, v.priceMinor),
                        Collectors.toList())));
        List<Catalog.Maker> makers = MakerEntity.<MakerEntity>listAll().stream()
                .map(m -> new Catalog.Maker(m.code, m.name)).toList();
        List<Catalog.Model> models = HandsetModelEntity.<HandsetModelEntity>listAll().stream()
                .map(m -> new Catalog.Model(m.code, m.makerCode, m.name,
                        variantsByModel.getOrDefault(m.code, List.of())))
                .toList();
        List<Catalog.Option> features = featureRows.stream()
                .map(f -> new Catalog.Option(f.code, f.name, f.description, f.priceMinor)).toList();
        List<Catalog.Option> apps = appRows.stream()
                .map(a -> new Catalog.Option(a.code, a.name, a.description, a.priceMinor)).toList();
        return new Catalog(currency, makers, models, features, apps);
    }

    private static void requireCurrency(String expected, String actual, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the catalog sells in " + expected + " but " + what + " is priced in "
                    + actual + "; fix the catalog data or phonesmith.catalog.currency");
        }
    }
}
