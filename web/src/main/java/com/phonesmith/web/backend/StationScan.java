package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A phone an operator scanned at the kitting, flashing or shipping station: its order, who kitted it and started its
 * flash, and once shipped its parcel with the carrier.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StationScan(String station, String orderId, String imei, String model, String colour,
        Integer storageGb, String status, Instant kittedAt, String kittedBy, Instant flashStartedAt,
        String flashStartedBy, String carrier, String trackingNumber) {
}
