package com.phonesmith.factory.workorder;

import java.time.LocalDate;

/** What one planning pass did: orders planned, how many moved to another day, how many miss their date or fit nowhere. */
public record ReplanResult(LocalDate firstDay, LocalDate lastDay, int planned, int moved, int late, int unscheduled,
        long millis) {
}
