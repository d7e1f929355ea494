package com.phonesmith.factory.floor;

import java.time.Instant;

/** A station as operators see it: blocked or not (by whom, why, since when), how much work waits there, and whether an operator works each phone by hand (manual). */
public record StationView(StationKind kind, boolean blocked, String reason, String changedBy, Instant changedAt,
        long waiting, boolean manual) {
}
