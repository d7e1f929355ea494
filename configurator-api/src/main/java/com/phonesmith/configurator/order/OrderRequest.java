package com.phonesmith.configurator.order;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A shopper's order for one configuration: a variant of a model (colour and storage) and the OS features
 * and apps to build into it. Its shape is checked here; whether the catalog offers it, by {@link OrderRules}.
 */
public record OrderRequest(
        @NotBlank String model,
        @NotBlank String colour,
        @NotNull Integer storageGb,
        @Distinct List<@NotBlank String> features,
        @Distinct List<@NotBlank String> apps,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String customerEmail) {

    public OrderRequest {
        features = features == null ? List.of() : features;
        apps = apps == null ? List.of() : apps;
    }
}
