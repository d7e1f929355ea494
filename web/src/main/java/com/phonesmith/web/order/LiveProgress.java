package com.phonesmith.web.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkflowBackend;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The order page's live part as server-sent events: the part as it is when the viewer asks, then web relays
 * order-workflow's live timeline of the order, and for every timeline it pushes renders the part again for the viewer (support's with the incidents and the factory's
 * work order) and sends it as an event {@code progress}. Once the order is finished (see
 * {@link ProgressView#live()}) it sends {@code done} and ends the stream, so the page stops listening. In between it
 * sends a comment every {@code phonesmith.web.live.heartbeat}, and nothing when a push changes nothing the viewer
 * sees; it ends the stream after
 * {@code max-duration} (the browser opens it again, with the session checked again). When order-workflow's stream
 * fails or ends (it restarts, or does not know the order yet) web asks it again after a pause, the browser's stream
 * staying open meanwhile.
 */
@ApplicationScoped
public class LiveProgress {
    static final String PROGRESS = "progress";
    static final String DONE = "done";
    /** The pauses before asking order-workflow again for a stream that failed or ended. */
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /** A stream that must end early (its token runs out) still lasts this long, so browsers do not ask in a loop. */
    static final Duration SHORTEST = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(LiveProgress.class);

    private final WorkflowBackend workflow;
    private final OrderPages pages;
    private final WebConfig.Live config;
    private final ObjectMapper json;
    private final AtomicInteger open = new AtomicInteger();

    public LiveProgress(WorkflowBackend workflow, OrderPages pages, WebConfig config, ObjectMapper json) {
        this.workflow = workflow;
        this.pages = pages;
        this.config = config.live();
        this.json = json;
    }

    /**
     * The stream for one viewer of the order, starting with {@code first} (read when the viewer asked, so that a
     * viewer who may not see the order is refused before any stream opens): {@code access} signs afresh for each
     * call, {@code render} makes the HTML of the live part. Too many open streams: {@link BackendUnavailableException}
     * (503), before anything opens.
     */
    public Multi<OutboundSseEvent> of(ProgressView first, Supplier<Access> access, String viewerRole, Sse sse,
            Function<ProgressView, String> render) {
        return of(first, access, Optional.empty(), viewerRole, sse, render);
    }

    /**
     * As above, ending the stream at {@code endBy} too (before {@code max-duration}) when the token that
     * {@code access} hands out runs out then: the browser opens the stream again, and its request brings a fresh one.
     */
    public Multi<OutboundSseEvent> of(ProgressView first, Supplier<Access> access, Optional<Instant> endBy,
            String viewerRole, Sse sse, Function<ProgressView, String> render) {
        if (open.get() >= config.maxStreams()) {
            throw new BackendUnavailableException("web's live updates", "more than " + config.maxStreams()
                    + " streams are open", null);
        }
        String orderId = first.orderId();
        Multi<ProgressView> views = Multi.createBy().concatenating().streams(Multi.createFrom().item(first),
                first.live() ? Multi.createFrom().deferred(() -> workflow.liveTimeline(access.get(), orderId))
                        .onCompletion().failWith(() -> new IllegalStateException("order-workflow ended the stream"))
                        .onFailure().invoke(failure -> LOG.debugf("live timeline of order %s: %s; asking again",
                                orderId, failure.getMessage()))
                        .onFailure().retry().withBackOff(FIRST_PAUSE, LONGEST_PAUSE).indefinitely()
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(timeline -> pages.progress(orderId, parse(timeline), access.get(), viewerRole))
                        : Multi.createFrom().empty());
        Duration lasts = endBy.map(end -> Duration.between(Instant.now(), end)).filter(left -> left.compareTo(
                config.maxDuration()) < 0).map(left -> left.compareTo(SHORTEST) < 0 ? SHORTEST : left)
                .orElse(config.maxDuration());
        return Multi.createFrom().emitter(emitter -> relay(orderId, views, emitter, sse, render, lasts));
    }

    /** How many streams are open now. */
    public int open() {
        return open.get();
    }

    private void relay(String orderId, Multi<ProgressView> views, MultiEmitter<? super OutboundSseEvent> emitter,
            Sse sse, Function<ProgressView, String> render, Duration lasts) {
        open.incrementAndGet();
        Cancellable beats = Multi.createFrom().ticks().every(config.heartbeat())
                .subscribe().with(tick -> emitter.emit(sse.newEventBuilder().comment("nothing new").build()));
        Cancellable expiry = Multi.createFrom().ticks().startingAfter(lasts).every(lasts)
                .subscribe().with(tick -> emitter.complete());
        AtomicReference<String> sent = new AtomicReference<>();
        Cancellable relayed = views.subscribe().with(view -> {
            String html = render.apply(view);
            if (!html.equals(sent.getAndSet(html))) {
                emitter.emit(event(sse, PROGRESS, html));
            }
            if (!view.live()) {
                emitter.emit(event(sse, DONE, "the order is finished"));
                emitter.complete();
            }
        }, failure -> {
            LOG.warnf("live timeline of order %s ended: %s", orderId, failure.getMessage());
            emitter.complete();
        }, emitter::complete);
        emitter.onTermination(() -> {
            open.decrementAndGet();
            for (Cancellable cancellable : List.of(relayed, beats, expiry)) {
                cancellable.cancel();
            }
        });
    }

    private Timeline parse(String timeline) {
        try {
            return json.readValue(timeline, Timeline.class);
        } catch (JsonProcessingException e) {
            throw new BackendUnavailableException(WorkflowBackend.NAME, "its live timeline is not readable: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static OutboundSseEvent event(Sse sse, String name, String data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, data).build();
    }
}
