package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A station of the factory floor as factory-adapter reports it: blocked or not, how much waits there, and whether an
 * operator works each phone by hand (manual: the QA checklist, packing by scan).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FloorStation(String kind, boolean blocked, String reason, String changedBy, String changedAt,
        long waiting, boolean manual) {
}
