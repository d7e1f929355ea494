package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** factory-adapter's answer to {@code GET /api/handsets}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandsetPage(List<Handset> items, int page, int size, long total) {
    public HandsetPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Handset(String imei, String serial, String model, String colour, int storageGb, String status,
            String orderId, String lastSeenAt) {
    }
}
