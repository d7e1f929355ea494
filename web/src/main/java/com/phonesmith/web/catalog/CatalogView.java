package com.phonesmith.web.catalog;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.format.Prices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the catalog page shows: makers with their models and priced variants, OS features and apps. */
public record CatalogView(List<MakerView> makers, List<OptionView> features, List<OptionView> apps) {

    public record MakerView(String code, String name, List<ModelView> models) {
    }

    /** {@code fromPrice} is the price of the cheapest variant, empty when the model has no variant. */
    public record ModelView(String code, String name, String fromPrice, List<VariantView> variants) {
    }

    public record VariantView(String colour, String storage, String price) {
    }

    /** An OS feature or an app; {@code price} is "Included" or a surcharge such as "+€9.00". */
    public record OptionView(String code, String name, String description, String price) {
    }

    /**
     * Groups the models under their makers in catalog order; a model whose maker the catalog does not list
     * is shown under its maker code rather than dropped.
     */
    public static CatalogView of(Catalog catalog) {
        String currency = catalog.currency();
        Map<String, String> makerNames = new LinkedHashMap<>();
        for (Catalog.Maker maker : catalog.makers()) {
            makerNames.putIfAbsent(maker.code(), maker.name() == null ? maker.code() : maker.name());
        }
        Map<String, List<ModelView>> modelsByMaker = new LinkedHashMap<>();
        makerNames.keySet().forEach(code -> modelsByMaker.put(code, new ArrayList<>()));
        for (Catalog.Model model : catalog.models()) {
            String maker = model.maker() == null ? "" : model.maker();
            makerNames.putIfAbsent(maker, maker);
            modelsByMaker.computeIfAbsent(maker, code -> new ArrayList<>()).add(modelView(model, currency));
        }
        List<MakerView> makers = modelsByMaker.entrySet().stream()
                .map(e -> new MakerView(e.getKey(), makerNames.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        return new CatalogView(makers, options(catalog.features(), currency), options(catalog.apps(), currency));
    }

    /** "slate" gives "Slate". */
    public static String colourName(String colour) {
        if (colour == null || colour.isBlank()) {
            return "";
        }
        String trimmed = colour.trim();
        return trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
    }

    /** 128 gives "128 GB", 1024 gives "1 TB". */
    public static String storageLabel(int storageGb) {
        if (storageGb >= 1024 && storageGb % 1024 == 0) {
            return storageGb / 1024 + " TB";
        }
        return storageGb + " GB";
    }

    private static ModelView modelView(Catalog.Model model, String currency) {
        List<VariantView> variants = model.variants().stream()
                .map(v -> new VariantView(colourName(v.colour()), storageLabel(v.storageGb()),
                        Prices.format(v.priceMinor(), currency)))
                .toList();
        String fromPrice = model.variants().stream().mapToLong(Catalog.Variant::priceMinor).min()
                .stream().mapToObj(min -> Prices.format(min, currency)).findFirst().orElse("");
        return new ModelView(model.code(), model.name() == null ? model.code() : model.name(), fromPrice, variants);
    }

    private static List<OptionView> options(List<Catalog.Option> options, String currency) {
        return options.stream()
                .map(o -> new OptionView(o.code(), o.name() == null ? o.code() : o.name(),
                        o.description() == null ? "" : o.description(), Prices.surcharge(o.priceMinor(), currency)))
                .toList();
    }
}
