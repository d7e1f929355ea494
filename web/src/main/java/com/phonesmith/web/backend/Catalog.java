package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** configurator-api's answer to {@code GET /api/catalog}. Prices in minor units of {@link #currency()}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalog(String currency, List<Maker> makers, List<Model> models, List<Option> features,
        List<Option> apps) {

    public Catalog {
        makers = makers == null ? List.of() : List.copyOf(makers);
        models = models == null ? List.of() : List.copyOf(models);
        features = features == null ? List.of() : List.copyOf(features);
        apps = apps == null ? List.of() : List.copyOf(apps);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Maker(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Model(String code, String maker, String name, List<Variant> variants) {
        public Model {
            variants = variants == null ? List.of() : List.copyOf(variants);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variant(String colour, int storageGb, long priceMinor) {
    }

    /** An OS feature or an app. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String code, String name, String description, long priceMinor) {
    }
}
