package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A maker's closed monthly statement, as listed by the activations service (amounts in minor units). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MakerStatement(String maker, String month, long devicesInUse, long rateMinor, String currency,
        long totalMinor, Instant closedAt) {
}
