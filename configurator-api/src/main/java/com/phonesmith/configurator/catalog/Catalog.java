package com.phonesmith.configurator.catalog;

import com.phonesmith.configurator.rules.Configurator;
import com.phonesmith.configurator.rules.FeatureModel;
import com.phonesmith.configurator.rules.HandsetVariant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the shop sells, as plain values: makers, models with their variants, OS features and apps, all
 * priced in one currency, and the feature model whose rules every configuration must keep. Other features
 * read the catalog through this type, never through its entities. Lists are sorted by code; variants by
 * colour, then storage.
 */
public record Catalog(String currency, List<Maker> makers, List<Model> models, List<Option> features,
        List<Option> apps, FeatureModel featureModel) {

    public Catalog {
        makers = makers.stream().sorted(Comparator.comparing(Maker::code)).toList();
        models = models.stream().sorted(Comparator.comparing(Model::code)).toList();
        features = features.stream().sorted(Comparator.comparing(Option::code)).toList();
        apps = apps.stream().sorted(Comparator.comparing(Option::code)).toList();
    }

    public Optional<Maker> maker(String code) {
        return makers.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<Model> model(String code) {
        return models.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<Option> feature(String code) {
        return features.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<Option> app(String code) {
        return apps.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** A feature or an app. */
    public Optional<Option> option(String code) {
        return feature(code).or(() -> app(code));
    }

    /** The configuration engine for one model's variants. */
    public Configurator configurator(Model model) {
        return new Configurator(featureModel, model.variants().stream()
                .map(v -> new HandsetVariant(v.colour(), v.storageGb(), v.ramGb())).toList());
    }

    public record Maker(String code, String name) {
    }

    public record Model(String code, String maker, String name, List<Variant> variants) {
        public Model {
            variants = variants.stream()
                    .sorted(Comparator.comparing(Variant::colour).thenComparingInt(Variant::storageGb))
                    .toList();
        }

        public SortedSet<String> colours() {
            return variants.stream().map(Variant::colour).collect(Collectors.toCollection(TreeSet::new));
        }

        public SortedSet<Integer> storageSizes() {
            return variants.stream().map(Variant::storageGb).collect(Collectors.toCollection(TreeSet::new));
        }

        public SortedSet<Integer> storageSizesIn(String colour) {
            return variants.stream().filter(v -> v.colour().equals(colour)).map(Variant::storageGb)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** Why this colour cannot be chosen for the model, if it cannot. */
        public Optional<String> colourRefusal(String colour) {
            return colours().contains(colour) ? Optional.empty()
                    : Optional.of("is not offered for " + code + " (offered: " + String.join(", ", colours()) + ")");
        }

        /** Why this storage size cannot be chosen for the model, if it cannot. */
        public Optional<String> storageRefusal(int storageGb) {
            return storageSizes().contains(storageGb) ? Optional.empty()
                    : Optional.of("is not offered for " + code + " (offered: " + String.join(", ",
                            storageSizes().stream().map(String::valueOf).toList()) + ")");
        }

        public Optional<Variant> variant(String colour, int storageGb) {
            return variants.stream().filter(v -> v.colour().equals(colour) && v.storageGb() == storageGb)
                    .findFirst();
        }
    }

    public record Variant(String colour, int storageGb, int ramGb, long priceMinor) {
    }

    /** An OS feature or an app. */
    public record Option(String code, String name, String description, long priceMinor) {
    }
}
