package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * order-workflow's answer to {@code GET /api/orders/{id}/timeline}. {@code mayCancel} says whether the caller (the
 * one whose credentials web sent) may cancel the order now: order-workflow decides, the page only shows or hides its
 * cancel form. Absent (an older order-workflow) reads as false.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(String orderId, String status, List<Entry> entries, boolean mayCancel) {

    public Timeline {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String at, String type, String detail) {
    }
}
