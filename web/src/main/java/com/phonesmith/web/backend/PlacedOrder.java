package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * configurator-api's answer to placing an order: the order, or the problem with the wrong fields (a 503 only when
 * the payment provider did not answer, which the shopper may retry).
 */
public record PlacedOrder(int status, Optional<Order> order, Optional<ProblemBody> problem, Optional<String> retryAfter) {

    /** A problem document as configurator-api answers it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProblemBody(int status, String title, String detail, List<FieldError> errors) {
        public ProblemBody {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /** A wrong field and why; the platform's problems name the why {@code reason}, some services {@code message}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, @JsonAlias("message") String reason) {
    }

    static PlacedOrder of(Response response) {
        int status = response.getStatus();
        Optional<String> retryAfter = Optional.ofNullable(response.getHeaderString(HttpHeaders.RETRY_AFTER));
        if (status == 200 || status == 201) {
            return new PlacedOrder(status, Optional.of(response.readEntity(Order.class)), Optional.empty(), retryAfter);
        }
        if (status >= 500 && status != 503) {
            throw new BackendUnavailableException(ConfiguratorBackend.NAME, "it answered HTTP " + status, null);
        }
        ProblemBody problem;
        try {
            problem = response.readEntity(ProblemBody.class);
        } catch (RuntimeException e) {
            problem = new ProblemBody(status, "Refused", "the order was refused (HTTP " + status + ")", List.of());
        }
        if (status == 503 && problem.errors().stream().noneMatch(e -> "paymentMethod".equals(e.field()))) {
            // only the payment provider's outage is the shopper's to retry; any other is the service's
            throw new BackendUnavailableException(ConfiguratorBackend.NAME, "it answered HTTP 503", null);
        }
        return new PlacedOrder(status, Optional.empty(), Optional.of(problem), retryAfter);
    }
}
