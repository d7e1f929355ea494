package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A launch as configurator-api answers it ({@code GET /api/launches/{code}}, an item of {@code GET /api/launches}):
 * a pre-order window of one model, the limit per buyer, and per variant the units, how many are sold and left.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Launch(String code, String model, Instant opensAt, Instant closesAt, int perCustomer,
        List<Quota> quotas) {

    public Launch {
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quota(String colour, int storageGb, int units, int sold, int left) {
    }
}
