package com.phonesmith.web.backend;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * What came of asking order-workflow to cancel an order: cancelled (now, or before: a repeated cancel answers the
 * first cancellation), or refused with its problem: {@code 400} (a reason missing or too long, naming the field
 * {@code reason}), {@code 404} (no such order, or not the caller's; a {@code 403} counts the same) or {@code 409}
 * (the caller may not cancel it now, e.g. flashing has started or it was delivered). Anything else means
 * order-workflow is unavailable.
 */
public record OrderCancel(int status, Optional<Cancellation> cancellation, Optional<PlacedOrder.ProblemBody> problem) {

    static OrderCancel of(Response response) {
        int status = response.getStatus();
        if (status == 200 || status == 201) {
            return new OrderCancel(status, Optional.of(response.readEntity(Cancellation.class)), Optional.empty());
        }
        if (status == 403) {
            status = 404;
        } else if (status != 400 && status != 404 && status != 409) {
            throw new BackendUnavailableException(WorkflowBackend.NAME, "it answered HTTP " + status
                    + " to a cancellation", null);
        }
        PlacedOrder.ProblemBody problem;
        try {
            problem = response.readEntity(PlacedOrder.ProblemBody.class);
        } catch (RuntimeException e) {
            problem = null;
        }
        if (problem == null) {
            problem = new PlacedOrder.ProblemBody(status, "Refused", "the order was not cancelled (HTTP " + status
                    + ")", List.of());
        }
        return new OrderCancel(status, Optional.empty(), Optional.of(problem));
    }

    public boolean cancelled() {
        return cancellation.isPresent();
    }

    /** order-workflow knows no such order that the caller may see. */
    public boolean notFound() {
        return status == 404;
    }

    /** The caller may not cancel the order now (its 409). */
    public boolean conflict() {
        return status == 409;
    }

    /** order-workflow's reason for a field it names (e.g. {@code reason}), if it named that field. */
    public Optional<String> fieldError(String field) {
        return problem.flatMap(p -> p.errors().stream().filter(e -> field.equals(e.field())).findFirst())
                .map(PlacedOrder.FieldError::reason).filter(reason -> !reason.isBlank());
    }

    /** Why the cancellation was refused, in order-workflow's words: its detail, else the first field's reason. */
    public String refusal() {
        return problem.map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail()
                : p.errors().stream().map(PlacedOrder.FieldError::reason).filter(r -> r != null && !r.isBlank())
                        .findFirst().orElse(p.title() == null ? "" : p.title()))
                .orElse("");
    }
}
