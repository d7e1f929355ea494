package com.phonesmith.factory.stock;

import java.time.Instant;

/** A handset of the stock as the API and the other features see it. */
public record HandsetView(String imei, String serial, String model, String colour, int storageGb, String stationHost,
        Integer stationPort, HandsetStatus status, String orderId, Instant lastSeenAt, Instant updatedAt) {

    static HandsetView of(Handset handset) {
        return new HandsetView(handset.imei, handset.serial, handset.model, handset.colour, handset.storageGb,
                handset.stationHost, handset.stationPort, handset.status, handset.orderId, handset.lastSeenAt,
                handset.updatedAt);
    }

    public boolean atStation() {
        return stationHost != null && stationPort != null;
    }

    public Variant variant() {
        return new Variant(model, colour, storageGb);
    }
}
