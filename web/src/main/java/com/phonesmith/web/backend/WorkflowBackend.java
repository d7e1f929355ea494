package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * order-workflow as web sees it: the timeline of an order and its cancellation, the open incidents support may
 * retry, the dead letters (messages it could not handle) support may replay or discard, and the orders it escalated
 * to support (at risk, past their promise), which support may expedite or add a note to.
 */
@ApplicationScoped
public class WorkflowBackend {
    public static final String NAME = "order-workflow";
    /** The name of the events of order-workflow's live timeline that carry it. */
    static final String TIMELINE_EVENT = "timeline";
    /** How many of the newest open dead letters support's page lists. */
    static final int DEAD_LETTERS = 100;
    /** How many escalated orders of each kind support's page lists. */
    static final int ESCALATIONS = 100;

    private final WorkflowApi api;
    private final WorkflowStreamApi streams;

    public WorkflowBackend(WebConfig config) {
        this.api = RestClients.build(WorkflowApi.class, config.workflowUrl(), config);
        this.streams = RestClients.build(WorkflowStreamApi.class, config.workflowUrl(), config,
                config.live().longestSilence());
    }

    /**
     * The order's live timeline: each item is the timeline's JSON as order-workflow sends it, at once and after every
     * change (its heartbeats are left out). Fails when order-workflow refuses the caller or cannot be reached, and
     * when it has been silent longer than {@code phonesmith.web.live.longest-silence}.
     */
    public Multi<String> liveTimeline(Access access, String orderId) {
        return streams.timeline(access.authorization(), access.trackingToken(), orderId)
                .select().where(event -> TIMELINE_EVENT.equals(event.name()) && event.data() != null)
                .map(SseEvent::data);
    }

    /** One order's open incidents, for support's order page. */
    public IncidentPage incidentsOf(Access access, String orderId) {
        return BackendCalls.required(NAME, () -> api.incidentsOf(access.authorization(), orderId));
    }

    /** The order's timeline, or empty when the workflow does not know the order (yet). */
    public Optional<Timeline> timeline(Access access, String orderId) {
        return BackendCalls.optional(NAME, () -> api.timeline(access.authorization(), access.trackingToken(), orderId));
    }

    /**
     * Asks order-workflow to cancel the order as the caller (a shopper, a guest with the tracking token, support);
     * its refusal comes back as a result, only an unavailable service is an exception.
     *
     * @param reason why, as typed; null when none was given
     */
    public OrderCancel cancel(Access access, String orderId, String reason) {
        return command(() -> api.cancel(access.authorization(), access.trackingToken(), orderId,
                new CancelRequest(reason)), OrderCancel::of);
    }

    /** The newest escalated orders of a kind (at most {@value #ESCALATIONS}); the total counts them all. */
    public EscalationPage escalations(Access access, Escalation.Kind kind) {
        return BackendCalls.required(NAME, () -> api.escalations(access.authorization(), kind.name(), ESCALATIONS));
    }

    /**
     * Asks order-workflow to expedite the order (the factory then builds it ahead of every order not expedited);
     * done, its answer is the escalation as it is now (expedited now or before). Its refusal (404, 409) comes back as a
     * result, only an unavailable service is an exception.
     */
    public CommandOutcome<Escalation> expedite(Access access, String orderId) {
        return command(() -> api.expedite(access.authorization(), orderId),
                response -> CommandOutcome.ofOrderCommand(response, Escalation.class, "an expedite"));
    }

    /** Adds support's note to the order's timeline; its refusal (400 naming {@code text}, 404) comes back as a result. */
    public CommandOutcome<Void> addNote(Access access, String orderId, String text) {
        return command(() -> api.addNote(access.authorization(), orderId, new NoteRequest(text)),
                response -> CommandOutcome.ofOrderCommand(response, Void.class, "a note"));
    }

    /** Calls a command whose refusals the caller shows: its answer, a refusal included, is read by {@code read}. */
    private static <R> R command(Supplier<Response> call, Function<Response, R> read) {
        try {
            try (Response response = call.get()) {
                return read.apply(response);
            } catch (WebApplicationException refused) {
                // the client's default mapper turns a 4xx into an exception; its response still holds the problem
                return read.apply(refused.getResponse());
            }
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BackendUnavailableException(NAME, "its answer could not be read: " + e.getMessage(), e);
        }
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
