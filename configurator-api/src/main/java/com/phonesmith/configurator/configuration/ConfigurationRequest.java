package com.phonesmith.configurator.configuration;

import com.phonesmith.configurator.Distinct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partial configuration as the shopper has it after a click: the model, the colour and storage if chosen yet,
 * the options chosen and the default options removed, in the order the shopper decided them.
 */
public record ConfigurationRequest(
        @NotBlank @Size(max = 50) String model,
        @Size(max = 50) String colour,
        @Positive Integer storageGb,
        @Size(max = 200) @Distinct List<@NotBlank @Size(max = 50) String> chosen,
        @Size(max = 200) @Distinct List<@NotBlank @Size(max = 50) String> removed) {

    public ConfigurationRequest {
        chosen = chosen == null ? List.of() : chosen;
        removed = removed == null ? List.of() : removed;
    }
}
