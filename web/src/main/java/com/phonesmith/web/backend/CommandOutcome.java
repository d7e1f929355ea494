package com.phonesmith.web.backend;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What came of a command sent to a service: done (with the answer's body, if it has one), or refused with its
 * problem, which names the wrong fields and why. Which statuses count as a refusal is the command's to say (see
 * {@link #of(Response, Class, String, String, Set)}); any other answer means the service is unavailable.
 */
public record CommandOutcome<T>(int status, Optional<T> body, Optional<PlacedOrder.ProblemBody> problem) {
    /**
     * The refusals of a change an admin sends to configurator-api (a price, a rule, a launch): {@code 400} (a
     * malformed field), {@code 404} (no such option, rule or launch), {@code 409} (the rule exists, the launch's code
     * is taken or its window overlaps another) or {@code 422} (the rule would make the catalog unsound, an unknown
     * option, model or variant).
     */
    static final Set<Integer> CATALOG_CHANGE_REFUSALS = Set.of(400, 404, 409, 422);

    /**
     * An operator's work at a factory bench (a QA pass or fail, a packing scan, the checklist of a scan): refused with
     * {@code 400} (not an IMEI, no reason), {@code 404} (no such phone), {@code 409} (the phone is at another station,
     * its order is cancelled, the station is blocked) or {@code 422} (an automated check fails, a visual check is not
     * ticked: one error per item).
     */
    static final Set<Integer> BENCH_REFUSALS = Set.of(400, 404, 409, 422);

    /**
     * A command support sends to order-workflow about an order (expedite it, add a note): refused with {@code 400}
     * (naming the wrong field), {@code 404} (no such order; a {@code 403} counts the same, so an order the caller may
     * not see is not told apart from one that does not exist) or {@code 409} (not now, e.g. the order has shipped).
     */
    static <T> CommandOutcome<T> ofOrderCommand(Response response, Class<T> type, String what) {
        return of(response, type, what, WorkflowBackend.NAME, Set.of(400, 403, 404, 409));
    }

    /**
     * Sends the command and reads its answer as {@link #of}; a service that cannot be reached or answers what cannot
     * be read is unavailable ({@link BackendUnavailableException}).
     */
    static <T> CommandOutcome<T> send(Supplier<Response> call, Class<T> type, String what, String backend,
            Set<Integer> refusals) {
        try {
            try (Response response = call.get()) {
                return of(response, type, what, backend, refusals);
            } catch (WebApplicationException refused) {
                // the client's default mapper turns a 4xx into an exception; its response still holds the problem
                return of(refused.getResponse(), type, what, backend, refusals);
            }
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(backend, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BackendUnavailableException(backend, "its answer to " + what + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * @param type the body of a success, or {@link Void} for a command that answers none ({@code 204})
     * @param what the command in words, for the log of an unexpected answer ("an expedite", "a price change")
     * @param backend the service's name, for the page that says it is unavailable
     * @param refusals the statuses that are a refusal with a problem body; a {@code 403} among them reads as a
     *        {@code 404}
     */
    static <T> CommandOutcome<T> of(Response response, Class<T> type, String what, String backend,
            Set<Integer> refusals) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            Optional<T> body = type == Void.class || status == 204 ? Optional.empty()
                    : Optional.ofNullable(response.readEntity(type));
            return new CommandOutcome<>(status, body, Optional.empty());
        }
        if (!refusals.contains(status)) {
            throw new BackendUnavailableException(backend, "it answered HTTP " + status + " to " + what, null);
        }
        if (status == 403) {
            status = 404;
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

    /** A command refused before it was sent: web's own check of the form, with its reason. */
    public static <T> CommandOutcome<T> refused(int status, String reason) {
        return new CommandOutcome<>(status, Optional.empty(), Optional.of(new PlacedOrder.ProblemBody(status,
                "Refused", reason, List.of())));
    }

    public boolean done() {
        return problem.isEmpty();
    }

    /** The service knows no such thing that the caller may see. */
    public boolean notFound() {
        return status == 404;
    }

    /** The wrong fields and why, in the service's words, in the order it named them. */
    public List<PlacedOrder.FieldError> errors() {
        return problem.map(PlacedOrder.ProblemBody::errors).orElse(List.of());
    }

    /** Every reason the service gave for this field, in its order. */
    public List<String> reasons(String field) {
        return errors().stream().filter(e -> field.equals(e.field())).map(PlacedOrder.FieldError::reason)
                .filter(r -> r != null && !r.isBlank()).toList();
    }

    /** The service's first reason for a field it names (e.g. {@code text}), if it named that field. */
    public Optional<String> fieldError(String field) {
        return reasons(field).stream().findFirst();
    }

    /** Every reason the service gave, field by field in its order; the problem's detail when it named no field. */
    public List<String> reasons() {
        List<String> reasons = errors().stream().map(PlacedOrder.FieldError::reason)
                .filter(r -> r != null && !r.isBlank()).toList();
        return reasons.isEmpty() && !detail().isEmpty() ? List.of(detail()) : reasons;
    }

    /** Every reason as one sentence, for beside the field that was refused. */
    public String allReasons() {
        return String.join("; ", reasons());
    }

    /** The problem's detail, else its title; empty when done. */
    public String detail() {
        return problem.map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail()
                : p.title() == null ? "" : p.title()).orElse("");
    }

    /** Why the command was refused: the problem's detail, else the first field's reason, else its title. */
    public String refusal() {
        return problem.map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail()
                : errors().stream().map(PlacedOrder.FieldError::reason).filter(r -> r != null && !r.isBlank())
                        .findFirst().orElse(p.title() == null ? "" : p.title()))
                .orElse("");
    }
}
