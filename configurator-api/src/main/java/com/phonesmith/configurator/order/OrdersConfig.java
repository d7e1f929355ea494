package com.phonesmith.configurator.order;

import com.phonesmith.platform.batch.BatchSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of order taking (prefix {@code phonesmith.orders}). */
@ConfigMapping(prefix = "phonesmith.orders")
public interface OrdersConfig {
    String RANDOM_SECRET = "random";

    /**
     * The secret from which each order's tracking token is derived (at least 32 characters). With
     * {@value #RANDOM_SECRET} (the default, for development and tests), a random one is made at start-up: tokens
     * handed out before a restart keep working, but a retried POST after the restart cannot repeat its order's
     * token. Production requires it ({@code CONFIGURATOR_TRACKING_SECRET}).
     */
    @WithDefault(RANDOM_SECRET)
    String trackingSecret();

    /** How long a quoted price is held for an order that names the quote. */
    @WithDefault("30m")
    Duration quoteValidity();

    /** Limits on orders per buyer, against scalpers at a launch. */
    Limits limits();

    /** How concurrent orders are written together, in one transaction per batch ({@link OrderWriter}). */
    BatchSettings batch();

    interface Limits {
        /** Orders one account may place within {@link #window()}. */
        @WithDefault("10")
        int perAccount();

        /** Orders one client address may place within {@link #window()}, with or without an account. */
        @WithDefault("30")
        int perAddress();

        @WithDefault("1h")
        Duration window();
    }
}
