package com.phonesmith.web.backend;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * What came of an admin's change sent to configurator-api (a price, a rule, a launch): done (with the answer's body,
 * if it has one), or refused with its problem: {@code 400} (a malformed field), {@code 404} (no such option or rule),
 * {@code 409} (the rule exists, the launch's code is taken or its window overlaps another) or {@code 422} (the rule
 * would make the catalog unsound, an unknown option, model or variant), each naming its fields. Any other answer
 * means configurator-api is unavailable.
 */
public record AdminChange<T>(int status, Optional<T> body, Optional<PlacedOrder.ProblemBody> problem) {
    private static final List<Integer> REFUSALS = List.of(400, 404, 409, 422);

    /**
     * @param type the body of a success, or {@link Void} for a change that answers none ({@code 204})
     * @param what the change in words, for the log of an unexpected answer ("a price change")
     */
    static <T> AdminChange<T> of(Response response, Class<T> type, String what) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            Optional<T> body = type == Void.class || status == 204 ? Optional.empty()
                    : Optional.ofNullable(response.readEntity(type));
            return new AdminChange<>(status, body, Optional.empty());
        }
        if (!REFUSALS.contains(status)) {
            throw new BackendUnavailableException(ConfiguratorBackend.NAME, "it answered HTTP " + status + " to "
                    + what, null);
        }
        PlacedOrder.ProblemBody problem;
        try {
            problem = response.readEntity(PlacedOrder.ProblemBody.class);
        } catch (RuntimeException e) {
            problem = null;
        }
        if (problem == null) {
            problem = new PlacedOrder.ProblemBody(status, "Refused", "", List.of());
        }
        return new AdminChange<>(status, Optional.empty(), Optional.of(problem));
    }

    public boolean done() {
        return problem.isEmpty();
    }

    /** The wrong fields and why, in configurator-api's words, in the order it named them. */
    public List<PlacedOrder.FieldError> errors() {
        return problem.map(PlacedOrder.ProblemBody::errors).orElse(List.of());
    }

    /** Every reason configurator-api gave for this field, in its order. */
    public List<String> reasons(String field) {
        return errors().stream().filter(e -> field.equals(e.field())).map(PlacedOrder.FieldError::reason)
                .filter(r -> r != null && !r.isBlank()).toList();
    }

    /** The problem's detail, else its title; empty when done. */
    public String detail() {
        return problem.map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail()
                : p.title() == null ? "" : p.title()).orElse("");
    }
}
