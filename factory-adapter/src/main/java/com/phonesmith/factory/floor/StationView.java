package com.phonesmith.factory.floor;

import java.time.Instant;

/** A station as operators see it: blocked or not (by whom, why, since when), and how much work waits there. */
public record StationView(StationKind kind, boolean blocked, String reason, String changedBy, Instant changedAt,
        long waiting) {
}
