package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** order-workflow's answer to {@code GET /api/orders/{id}/timeline}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(String orderId, String status, List<Entry> entries) {

    public Timeline {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String at, String type, String detail) {
    }
}
