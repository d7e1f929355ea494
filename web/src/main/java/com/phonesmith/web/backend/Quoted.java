package com.phonesmith.web.backend;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** configurator-api's answer to a quote request: the quote, or the problem with the wrong fields. */
public record Quoted(int status, Optional<Quote> quote, Optional<PlacedOrder.ProblemBody> problem) {

    static Quoted of(Response response) {
        int status = response.getStatus();
        if (status == 201 || status == 200) {
            return new Quoted(status, Optional.of(response.readEntity(Quote.class)), Optional.empty());
        }
        if (status >= 500) {
            throw new BackendUnavailableException(ConfiguratorBackend.NAME, "it answered HTTP " + status, null);
        }
        PlacedOrder.ProblemBody problem;
        try {
            problem = response.readEntity(PlacedOrder.ProblemBody.class);
        } catch (RuntimeException e) {
            problem = new PlacedOrder.ProblemBody(status, "Refused", "no quote was given (HTTP " + status + ")",
                    List.of());
        }
        return new Quoted(status, Optional.empty(), Optional.of(problem));
    }
}
