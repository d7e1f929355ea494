package com.phonesmith.configurator.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "phonesmith.catalog")
public interface CatalogConfig {
    /** The currency (ISO 4217) the shop sells in; every price of the catalog must be in it. */
    @WithDefault("EUR")
    String currency();
}
