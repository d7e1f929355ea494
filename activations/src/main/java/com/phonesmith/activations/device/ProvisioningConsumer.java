package com.phonesmith.activations.device;

import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads devices.events once per message id; only DeviceProvisioned concerns this consumer. */
@ApplicationScoped
public class ProvisioningConsumer {
    static final String CONSUMER = "activations";

    private final Inbox inbox;
    private final Provisioning provisioning;

    public ProvisioningConsumer(Inbox inbox, Provisioning provisioning) {
        this.inbox = inbox;
        this.provisioning = provisioning;
    }

    @Incoming("devices-events")
    @Blocking
    @Transactional
    public void onMessage(String json) {
        inbox.handle(CONSUMER, json, (envelope, event) -> {
            if (event instanceof DeviceProvisioned provisioned) {
                provisioning.register(provisioned);
            }
        });
    }
}
