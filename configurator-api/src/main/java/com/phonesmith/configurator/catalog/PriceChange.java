package com.phonesmith.configurator.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new price of an option, in minor units of the catalog's currency. */
public record PriceChange(@NotNull @Min(0) @Max(100_000_000) Long priceMinor) {
}
