package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * order-workflow's answer to retrying an incident: the command it sent again ({@code BuildImage}), or null when
 * nothing had to be sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentRetry(String orderId, String incidentId, String resent) {

    public Optional<String> resentCommand() {
        return resent == null || resent.isBlank() ? Optional.empty() : Optional.of(resent);
    }
}
