package com.phonesmith.workflow.tracking;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.workflow.live.LiveStreams;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/orders/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private final OrderTimelines timelines;
    private final LiveStreams streams;
    private final CurrentCaller caller;

    public TimelineResource(OrderTimelines timelines, LiveStreams streams, CurrentCaller caller) {
        this.timelines = timelines;
        this.streams = streams;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "An order's status and timeline, oldest entry first (at most 500 entries): for support,"
            + " operators, the shopper who placed it, or anybody with its tracking token (header Order-Token)")
    @APIResponse(responseCode = "200", description = "the order's timeline")
    @APIResponse(responseCode = "400", description = "the id is malformed (problem naming field \"id\")")
    @APIResponse(responseCode = "401", description = "neither a bearer token nor the order's tracking token was sent")
    @APIResponse(responseCode = "404", description = "no such order, or not one the caller may read")
    public TimelineView timeline(@PathParam("id") String id, @HeaderParam(TrackingToken.HEADER) String trackingToken) {
        return timelines.of(id, caller.get(), TrackingToken.fromHeader(trackingToken));
    }

    /**
     * The same view, live. Who may follow the order is decided here, before the stream starts, so that a refusal is
     * an ordinary problem answer; the caller (whose short-lived token is only checked now) is kept for the reads.
     */
    @GET
    @Path("/stream")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "An order's status and timeline, live (server-sent events): event \"timeline\" with the same"
            + " view as GET at once and after every change, a comment \":heartbeat\" when idle; same callers as GET")
    @APIResponse(responseCode = "200", description = "the stream: events \"timeline\", data the order's timeline",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "the id is malformed (problem naming field \"id\")")
    @APIResponse(responseCode = "401", description = "neither a bearer token nor the order's tracking token was sent")
    @APIResponse(responseCode = "404", description = "no such order, or not one the caller may read")
    @APIResponse(responseCode = "503", description = "this instance serves its maximum of live streams (Retry-After)")
    public Multi<OutboundSseEvent> stream(@PathParam("id") String id,
            @HeaderParam(TrackingToken.HEADER) String trackingToken, @Context Sse sse,
            @Context HttpServerResponse response) {
        Caller who = caller.get();
        Optional<String> token = TrackingToken.fromHeader(trackingToken);
        timelines.of(id, who, token); // 400, 401 or 404 now, before anything is sent
        return streams.open(id, () -> timelines.of(id, who, token), sse, response::closed);
    }
}
