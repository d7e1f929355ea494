package com.phonesmith.activations.device;

import java.time.Duration;
import java.time.Instant;

/** A device as support and its maker's partners see it: never its verifier. */
public record DeviceView(String imei, String maker, String model, String orderId, Instant provisionedAt,
        Instant activatedAt, Instant lastSeenAt, boolean inUse, Instant inUseUntil) {

    public static DeviceView of(Device device, Instant now, Duration outOfUseAfter) {
        Instant until = device.lastSeenAt == null ? null : device.lastSeenAt.plus(outOfUseAfter);
        return new DeviceView(device.imei, device.maker, device.model, device.orderId, device.provisionedAt,
                device.activatedAt, device.lastSeenAt, until != null && until.isAfter(now), until);
    }
}
