package com.phonesmith.workflow.live;

import com.phonesmith.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Server-sent event streams of one order's view: event {@value #EVENT} with the view at once, then after every
 * committed change of the order (bursts folded, the last event always the latest view), and a comment
 * {@code :}{@value #HEARTBEAT} every {@code phonesmith.workflow.live.heartbeat} so that idle proxies keep the
 * connection. A stream lasts until the client leaves (or the instance stops); then all it held is released.
 */
@ApplicationScoped
public class LiveStreams {
    public static final String EVENT = "timeline";
    public static final String HEARTBEAT = "heartbeat";
    /** A client refused for want of a slot may come back (web reconnects it, perhaps to another instance). */
    private static final Duration RETRY_FULL = Duration.ofSeconds(5);

    private final Followers followers;
    private final LiveConfig config;

    public LiveStreams(Followers followers, LiveConfig config) {
        this.followers = followers;
        this.config = config;
    }

    /**
     * Opens a stream of the order's view. Call it once the caller is known to be allowed: it only refuses for want of
     * a slot, before anything is sent.
     *
     * @param read reads the view for this stream's caller; blocking, run on a worker thread
     * @param gone whether the client has left already (it may, before the stream is subscribed to)
     * @throws ProblemException 503 when this instance serves its maximum of streams
     */
    public <T> Multi<OutboundSseEvent> open(String orderId, Supplier<T> read, Sse sse, BooleanSupplier gone) {
        Followers.Slot slot = followers.reserve().orElseThrow(() -> ProblemException.unavailable("stream",
                "this instance serves its maximum of " + config.maxStreams() + " live streams", RETRY_FULL));
        OutboundSseEvent heartbeat = sse.newEventBuilder().comment(HEARTBEAT).build();
        OutboundSseEvent end = sse.newEventBuilder().comment("end").build(); // marks the end; never sent
        Multi<OutboundSseEvent> views = Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            LatestView latest = new LatestView(Infrastructure.getDefaultExecutor(),
                    () -> emitter.emit(sse.newEventBuilder().name(EVENT).data(read.get()).build()));
            Runnable unfollow = followers.follow(orderId, new Followers.Follower() {
                @Override
                public void changed() {
                    latest.changed();
                }

                @Override
                public void end() {
                    latest.close();
                    emitter.emit(end);
                }
            });
            emitter.onTermination(() -> {
                latest.close();
                unfollow.run();
                slot.release();
            });
            if (gone.getAsBoolean()) {
                emitter.emit(end);
            } else {
                latest.changed(); // the first view, at once
            }
        }, BackPressureStrategy.LATEST); // a client that reads slowly gets the latest view, not every one between
        Duration every = config.heartbeat();
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().startingAfter(every).every(every)
                .onOverflow().drop()
                .map(tick -> heartbeat);
        return Multi.createBy().merging().withRequests(1).streams(views, heartbeats)
                .select().first(event -> event != end);
    }
}
