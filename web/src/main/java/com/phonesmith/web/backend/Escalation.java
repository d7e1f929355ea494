package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An order that order-workflow escalated to support: at risk (the work left no longer fits before its ship-by
 * moment, and it is still in the factory) or past its promise (not delivered by the promised day). Dates and times
 * are kept as the ISO-8601 text received; {@code breachedAt}, {@code expeditedAt} and {@code expeditedBy} are null
 * until that happened. Expedited, the factory builds the order ahead of every order that is not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Escalation(String orderId, String status, String promisedDeliveryDate, String shipBy, String atRiskAt,
        String breachedAt, String expeditedAt, String expeditedBy) {

    /** The two lists of {@code GET /api/escalations?kind=}. */
    public enum Kind { AT_RISK, BREACHED }

    public boolean expedited() {
        return expeditedAt != null && !expeditedAt.isBlank();
    }
}
