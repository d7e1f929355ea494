package com.phonesmith.factory.workorder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "factory.reservation")
public interface ReservationConfig {
    /** How often an order waiting for stock tries to reserve a handset again. */
    @WithDefault("10s")
    Duration retryInterval();
}
