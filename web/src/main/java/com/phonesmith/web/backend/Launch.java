package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A launch as configurator-api answers it ({@code GET /api/launches/{code}}, an item of {@code GET /api/launches}):
 * a pre-order window of one model, when an admin ended it early (null unless so), where it stands ({@code UPCOMING},
 * {@code OPEN}, {@code CLOSED}, {@code ENDED}; null from an older configurator-api), the limit per buyer, and per
 * variant the units, how many are sold and left.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Launch(String code, String model, Instant opensAt, Instant closesAt, Instant endedAt, String state,
        int perCustomer, List<Quota> quotas) {

    public Launch {
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }

    /** Where the launch stands at {@code now}: configurator-api's answer, or worked out from its window. */
    public String stateAt(Instant now) {
        if (state != null) {
            return state;
        }
        if (endedAt != null) {
            return "ENDED";
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return "UPCOMING";
        }
        return closesAt != null && now.isBefore(closesAt) ? "OPEN" : "CLOSED";
    }

    /** Whether an admin may still change or end it: it has not closed and was not ended. */
    public boolean runningAt(Instant now) {
        String at = stateAt(now);
        return "UPCOMING".equals(at) || "OPEN".equals(at);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quota(String colour, int storageGb, int units, int sold, int left) {
    }
}
