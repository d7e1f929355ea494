package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The activations service's answer to closing a month: closed now (201), closed before (200), or refused with its
 * problem (a month still running, a malformed month).
 */
public record MonthClose(int status, Optional<Closed> closed, Optional<PlacedOrder.ProblemBody> problem) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closed(String month, boolean closedNow, Instant closedAt, List<String> makersWithoutContract) {
        public Closed {
            makersWithoutContract = makersWithoutContract == null ? List.of() : List.copyOf(makersWithoutContract);
        }
    }

    static MonthClose of(Response response) {
        int status = response.getStatus();
        if (status == 200 || status == 201) {
            return new MonthClose(status, Optional.of(response.readEntity(Closed.class)), Optional.empty());
        }
        if (status >= 500 || status == 401 || status == 403) {
            throw new BackendUnavailableException(ActivationsBackend.NAME, "it answered HTTP " + status, null);
        }
        PlacedOrder.ProblemBody problem;
        try {
            problem = response.readEntity(PlacedOrder.ProblemBody.class);
        } catch (RuntimeException e) {
            problem = new PlacedOrder.ProblemBody(status, "Refused", "closing was refused (HTTP " + status + ")",
                    List.of());
        }
        return new MonthClose(status, Optional.empty(), Optional.of(problem));
    }
}
