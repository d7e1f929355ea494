package com.phonesmith.factory.shipping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "factory.shipping")
public interface ShippingConfig {
    /** The carrier that takes the parcels. */
    @WithDefault("PostNord")
    String carrier();
}
