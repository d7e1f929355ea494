package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** factory-adapter's answer to {@code GET /api/work-orders/{orderId}}, {@code ?imei=} and {@code ?tracking=}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkOrder(String orderId, String model, String colour, int storageGb, String imei, String status,
        String imageDigest, int attempts, String lastError, String carrier, String trackingNumber,
        List<HistoryEntry> history) {

    public WorkOrder {
        history = history == null ? List.of() : List.copyOf(history);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(String at, String step, String detail) {
    }
}
