package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** order-workflow's answer to {@code GET /api/incidents}: the open incidents, newest first (at most 100). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentPage(List<Incident> items, long total) {
    public IncidentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
