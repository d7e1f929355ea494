package com.phonesmith.factory.shipping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "factory.shipping")
public interface ShippingConfig {
    /** The carrier that takes the parcels. */
    @WithDefault("PostNord")
    String carrier();

    /** How long the simulated carrier takes from collection to delivery. */
    @WithDefault("2d")
    Duration simulatedTransit();

    /** The factory's return address printed on labels. */
    @WithDefault("Phonesmith factory, Verkstadsgatan 7, 211 19 Malmö, Sweden")
    String sender();
}
