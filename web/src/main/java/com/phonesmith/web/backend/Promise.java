package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * configurator-api's delivery promise for a variant ({@code GET /api/promise}, and in a quote). Dates are kept as
 * the ISO-8601 text received (yyyy-mm-dd). When {@code promisable} is false, the dates (if any) are only the
 * earliest possible ones, never a promise, and {@code reason} says why for the shopper.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Promise(String model, String colour, int storageGb, boolean promisable, String shipDate,
        String deliveryDate, String reason) {
}
