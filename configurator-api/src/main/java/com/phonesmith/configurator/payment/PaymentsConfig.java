package com.phonesmith.configurator.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of payments (prefix {@code phonesmith.payments}). */
@ConfigMapping(prefix = "phonesmith.payments")
public interface PaymentsConfig {
    /**
     * The payment method of an order that names none. The built-in test provider (the only provider so far) takes
     * {@code test-card}; see {@link TestPaymentProvider} for the cards that decline or time out.
     */
    @WithDefault(TestPaymentProvider.CARD)
    String defaultMethod();

    /** How often the reconciler retries voiding holds that no order took, while the provider could not be reached. */
    @WithDefault("30s")
    Duration reconcileEvery();

    /**
     * How many times a command of the workflow that moves an order's money (capture, void, refund) is tried while the
     * provider cannot be reached, before it goes to the dead-letter topic for support to replay.
     */
    @WithDefault("5")
    int settleAttempts();
}
