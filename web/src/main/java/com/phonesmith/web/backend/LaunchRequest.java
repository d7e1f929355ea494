package com.phonesmith.web.backend;

import java.util.List;

/**
 * The body of configurator-api's {@code POST /api/launches}. The window's ends are ISO-8601 instants
 * ({@code 2026-12-10T08:00:00Z}); a variant left out of {@code quotas} cannot be ordered while the launch runs.
 */
public record LaunchRequest(String code, String model, String opensAt, String closesAt, int perCustomer,
        List<Quota> quotas) {

    public LaunchRequest {
        quotas = List.copyOf(quotas);
    }

    public record Quota(String colour, int storageGb, int units) {
    }
}
