package com.phonesmith.configurator.launch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A launch to create: its code, the model, the pre-order window, the limit per buyer and a quota per variant. */
public record LaunchRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits"
                + " and dashes") String code,
        @NotBlank @Size(max = 50) String model,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotNull @Min(1) @Max(1000) Integer perCustomer,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Quota> quotas) {

    /** The units of one variant the launch may sell. */
    public record Quota(@NotBlank @Size(max = 50) String colour, @NotNull Integer storageGb,
            @NotNull @Min(0) @Max(10_000_000) Integer units) {
    }
}
