package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * order-workflow's answer to {@code GET /api/dead-letters}: the newest dead letters of a status, and how many have
 * it in all.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadLetterPage(List<DeadLetter> items, long total) {
    public DeadLetterPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
