package com.phonesmith.activations.device;

import com.phonesmith.contracts.events.DeviceProvisioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Registers what the factory provisioned: a device that may activate with a proof its verifier checks. */
@ApplicationScoped
public class Provisioning {
    private static final Logger LOG = Logger.getLogger(Provisioning.class);

    /**
     * A device seen for the first time is registered. A device provisioned again before it activated (its order
     * was reworked onto it, or it was reflashed) takes the new order and verifier; once activated it keeps what it
     * activated with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(DeviceProvisioned event) {
        String problem = Imei.problemWith(event.imei());
        if (problem != null) {
            throw new IllegalArgumentException("DeviceProvisioned for order " + event.orderId() + ": IMEI " + problem);
        }
        Device device = Device.findById(event.imei(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (device == null) {
            device = new Device();
            device.imei = event.imei();
        } else if (device.activated()) {
            LOG.warnf("device %s provisioned again for order %s after it activated (order %s): kept as it was",
                    event.imei(), event.orderId(), device.orderId);
            return;
        }
        device.maker = event.maker();
        device.model = event.model();
        device.orderId = event.orderId();
        device.verifier = event.verifier();
        device.provisionedAt = event.provisionedAt();
        device.persist();
    }
}
