package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * order-workflow's answer to {@code GET /api/escalations?kind=&limit=}: the escalated orders of one kind, at most
 * {@code limit} of them; {@code total} counts them all.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalationPage(String kind, List<Escalation> items, long total) {
    public EscalationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
