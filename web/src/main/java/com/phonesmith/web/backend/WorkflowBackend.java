package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * order-workflow as web sees it: the timeline of an order, the open incidents support may retry, and the dead
 * letters (messages it could not handle) support may replay or discard.
 */
@ApplicationScoped
public class WorkflowBackend {
    public static final String NAME = "order-workflow";
    /** How many of the newest open dead letters support's page lists. */
    static final int DEAD_LETTERS = 100;

    private final WorkflowApi api;

    public WorkflowBackend(WebConfig config) {
        this.api = RestClients.build(WorkflowApi.class, config.workflowUrl(), config);
    }

    /** The order's timeline, or empty when the workflow does not know the order (yet). */
    public Optional<Timeline> timeline(Access access, String orderId) {
        return BackendCalls.optional(NAME, () -> api.timeline(access.authorization(), access.trackingToken(), orderId));
    }

    /** The open incidents, newest first. */
    public IncidentPage incidents(Access access) {
        return BackendCalls.required(NAME, () -> api.incidents(access.authorization()));
    }

    /** Retries an open incident; empty when it is not open on that order (resolved meanwhile, or never was). */
    public Optional<IncidentRetry> retryIncident(Access access, String orderId, String incidentId) {
        return BackendCalls.optional(NAME, () -> api.retryIncident(access.authorization(), orderId, incidentId));
    }

    /** The newest open dead letters, newest first; the total counts them all. */
    public DeadLetterPage deadLetters(Access access) {
        return BackendCalls.required(NAME, () -> api.deadLetters(access.authorization(), "OPEN", DEAD_LETTERS));
    }

    /** Hands an open dead letter to its consumer again; the note (may be null) says why. */
    public DeadLetterAction replayDeadLetter(Access access, long id, String note) {
        return actOn(() -> api.replayDeadLetter(access.authorization(), id, new DeadLetterNote(note)));
    }

    /** Gives up on an open dead letter for good; the note, which order-workflow requires, says why. */
    public DeadLetterAction discardDeadLetter(Access access, long id, String note) {
        return actOn(() -> api.discardDeadLetter(access.authorization(), id, new DeadLetterNote(note)));
    }

    private static DeadLetterAction actOn(Supplier<DeadLetter> call) {
        BackendCalls.Answer<DeadLetter> answer = BackendCalls.answer(NAME, call, Set.of(404, 409));
        return answer.body().map(DeadLetterAction::done).orElseGet(() -> DeadLetterAction.refused(answer.refusal()));
    }
}
