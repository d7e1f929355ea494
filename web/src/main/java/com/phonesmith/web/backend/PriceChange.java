package com.phonesmith.web.backend;

/** The body of {@code PUT /api/admin/catalog/options/{code}/price}: the new price in minor units. */
public record PriceChange(long priceMinor) {
}
