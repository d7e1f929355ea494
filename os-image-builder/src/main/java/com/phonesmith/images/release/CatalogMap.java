package com.phonesmith.images.release;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which package each catalog code is: a model code maps to its vendor package (on VENDOR), a feature or app
 * code to its package (on PRODUCT). The maps are kept sorted by code.
 */
public record CatalogMap(Map<String, String> models, Map<String, String> features, Map<String, String> apps) {

    public CatalogMap {
        models = sorted(models);
        features = sorted(features);
        apps = sorted(apps);
    }

    public static CatalogMap empty() {
        return new CatalogMap(Map.of(), Map.of(), Map.of());
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
