package com.phonesmith.configurator.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "phonesmith.catalog")
public interface CatalogConfig {
    /** The currency (ISO 4217) the shop sells in; every price of the catalog must be in it. */
    @WithDefault("EUR")
    String currency();

    /** What the OS itself takes of every phone's storage, in MB; options must fit in the rest. */
    @WithDefault("12288")
    int systemReserveMb();

    /** The VAT rate, in percent, that the catalog's prices include. */
    @WithDefault("20")
    int vatPercent();
}
