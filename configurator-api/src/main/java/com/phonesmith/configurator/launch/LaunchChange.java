package com.phonesmith.configurator.launch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A change to a launch that has not closed ({@code PATCH /api/launches/{code}}): each field left out stays as it is.
 * {@code closesAt} moves the end of the window (later, or earlier but not into the past); {@code perCustomer} sets the
 * limit per buyer for the orders to come; each of {@code quotas} sets the units of one variant of the launch (never
 * below the units already sold; the variants not named keep theirs).
 */
public record LaunchChange(
        Instant closesAt,
        @Min(1) @Max(1000) Integer perCustomer,
        @Size(max = 200) List<LaunchRequest.@NotNull @Valid Quota> quotas) {

    public List<LaunchRequest.Quota> quotasOrNone() {
        return quotas == null ? List.of() : quotas;
    }

    /** Whether the change names nothing to change. */
    public boolean empty() {
        return closesAt == null && perCustomer == null && quotasOrNone().isEmpty();
    }
}
