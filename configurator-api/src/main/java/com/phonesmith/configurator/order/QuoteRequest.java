package com.phonesmith.configurator.order;

import com.phonesmith.configurator.Distinct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A configuration to quote: the same fields as an order, without the buyer. */
public record QuoteRequest(
        @NotBlank @Size(max = 50) String model,
        @NotBlank @Size(max = 50) String colour,
        @NotNull Integer storageGb,
        @Size(max = 200) @Distinct List<@NotBlank String> features,
        @Size(max = 200) @Distinct List<@NotBlank String> apps,
        @Size(max = 200) @Distinct List<@NotBlank String> removed) implements ChosenConfiguration {

    public QuoteRequest {
        features = features == null ? List.of() : features;
        apps = apps == null ? List.of() : apps;
        removed = removed == null ? List.of() : removed;
    }
}
