package com.phonesmith.workflow.tracking;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.security.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/orders/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private final OrderTimelines timelines;
    private final CurrentCaller caller;

    public TimelineResource(OrderTimelines timelines, CurrentCaller caller) {
        this.timelines = timelines;
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
}
