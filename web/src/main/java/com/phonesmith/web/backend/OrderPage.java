package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** configurator-api's answer to {@code GET /api/orders}: one page, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderPage(List<Order> items, int page, int size, long total) {
    public OrderPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
