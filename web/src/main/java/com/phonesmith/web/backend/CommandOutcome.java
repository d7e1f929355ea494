package com.phonesmith.web.backend;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * What came of a command support sends to order-workflow about an order (expedite it, add a note): done (with the
 * answer's body, if it has one), or refused with its problem: {@code 400} (naming the wrong field), {@code 404} (no
 * such order; a {@code 403} counts the same) or {@code 409} (not now, e.g. the order has shipped). Anything else
 * means order-workflow is unavailable.
 */
public record CommandOutcome<T>(int status, Optional<T> body, Optional<PlacedOrder.ProblemBody> problem) {

    /**
     * @param type the body of a success, or {@link Void} for a command that answers none ({@code 204})
     * @param what the command in words, for the log of an unexpected answer ("an expedite")
     */
    static <T> CommandOutcome<T> of(Response response, Class<T> type, String what) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            Optional<T> body = type == Void.class || status == 204 ? Optional.empty()
                    : Optional.ofNullable(response.readEntity(type));
            return new CommandOutcome<>(status, body, Optional.empty());
        }
        if (status == 403) {
            status = 404;
        } else if (status != 400 && status != 404 && status != 409) {
            throw new BackendUnavailableException(WorkflowBackend.NAME, "it answered HTTP " + status + " to " + what,
                    null);
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
        return new CommandOutcome<>(status, Optional.empty(), Optional.of(problem));
    }

    public boolean done() {
        return problem.isEmpty();
    }

    /** order-workflow knows no such order that the caller may see. */
    public boolean notFound() {
        return status == 404;
    }

    /** order-workflow's reason for a field it names (e.g. {@code text}), if it named that field. */
    public Optional<String> fieldError(String field) {
        return problem.flatMap(p -> p.errors().stream().filter(e -> field.equals(e.field())).findFirst())
                .map(PlacedOrder.FieldError::reason).filter(reason -> reason != null && !reason.isBlank());
    }

    /**
     * Why the command was refused, in order-workflow's words: its detail, else the first field's reason, else its
     * title; empty when done.
     */
    public String refusal() {
        return problem.map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail()
                : p.errors().stream().map(PlacedOrder.FieldError::reason).filter(r -> r != null && !r.isBlank())
                        .findFirst().orElse(p.title() == null ? "" : p.title()))
                .orElse("");
    }
}
