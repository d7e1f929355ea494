package com.phonesmith.activations.statement;

import java.time.Instant;

/**
 * What a maker's statement of the running month would say if the month ended now: its devices in use so far (the
 * month rule up to {@code asOf}) times the rate in effect on the month's first day, and the corrections waiting for
 * the next statement. Provisional: it only grows until the month is closed.
 */
public record MonthToDate(String maker, String month, Instant asOf, long devicesInUse, long rateMinor,
        String currency, long inUseMinor, long pendingCorrections, long pendingCorrectionsMinor, long totalMinor) {
}
