package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The running month's statement as it stands: provisional until the month is closed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonthToDate(String maker, String month, Instant asOf, long devicesInUse, long rateMinor,
        String currency, long inUseMinor, long pendingCorrections, long pendingCorrectionsMinor, long totalMinor) {
}
