package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of configurator-api's {@code PATCH /api/launches/{code}}: only what changes is sent (a field left null is
 * left out, and stays as it is). {@code closesAt} is an ISO-8601 instant; each quota sets the units of one variant of
 * the launch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchChange(String closesAt, Integer perCustomer, List<LaunchRequest.Quota> quotas) {

    public LaunchChange {
        quotas = quotas == null || quotas.isEmpty() ? null : List.copyOf(quotas);
    }

    /** Whether nothing would change. */
    public boolean empty() {
        return closesAt == null && perCustomer == null && quotas == null;
    }
}
