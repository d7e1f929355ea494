package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A station of the factory floor as factory-adapter reports it: blocked or not, and how much waits there. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FloorStation(String kind, boolean blocked, String reason, String changedBy, String changedAt,
        long waiting) {
}
