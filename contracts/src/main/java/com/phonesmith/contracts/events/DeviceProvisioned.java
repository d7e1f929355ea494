package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.Instant;

/**
 * The factory wrote a handset's per-device data: from now on it can activate. Carries the verifier of the
 * device's secret ({@link com.phonesmith.contracts.devices.DeviceProof#verifierOf}), never the secret itself.
 *
 * @param verifier base64url of the key derived from the device secret, with which activations checks proofs
 */
@EventType(name = "DeviceProvisioned", version = 1, topic = Topics.DEVICES_EVENTS)
public record DeviceProvisioned(String orderId, String imei, String maker, String model, String colour,
        int storageGb, String verifier, Instant provisionedAt) implements Event {

    @Override
    public String messageKey() {
        return imei;
    }
}
