package com.phonesmith.activations.device;

import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads devices.events once per message id; only DeviceProvisioned concerns this consumer, and the platform's consumer
 * passes any other type over before a transaction. This service's own DeviceActivated goes to activations.events, so
 * a burst of activations is not read back here one by one.
 */
@ApplicationScoped
public class ProvisioningConsumer {
    static final String CONSUMER = "activations";
    private static final Subscription PROVISIONED = Subscription.of(CONSUMER, DeviceProvisioned.class);

    private final Consumers consumers;
    private final Provisioning provisioning;

    public ProvisioningConsumer(Consumers consumers, Provisioning provisioning) {
        this.consumers = consumers;
        this.provisioning = provisioning;
    }

    @Incoming("devices-events")
    @Blocking
    public void onMessage(String json) {
        consumers.consume(PROVISIONED, json, (envelope, event) -> provisioning.register((DeviceProvisioned) event));
    }
}
