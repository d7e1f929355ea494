package com.phonesmith.configurator.order;

import java.util.List;

/** A configuration the catalog offers, with codes in canonical (sorted) order and its total price. */
public record PricedConfiguration(String maker, String model, String colour, int storageGb, List<String> features,
        List<String> apps, long priceMinor, String currency) {

    public PricedConfiguration {
        features = List.copyOf(features);
        apps = List.copyOf(apps);
    }
}
