package com.phonesmith.workflow.timeline;

import jakarta.ws.rs.GET;
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

    public TimelineResource(OrderTimelines timelines) {
        this.timelines = timelines;
    }

    @GET
    @Operation(summary = "An order's status and timeline, oldest entry first (at most 500 entries)")
    @APIResponse(responseCode = "200", description = "the order's timeline")
    @APIResponse(responseCode = "400", description = "the id is malformed (problem naming field \"id\")")
    @APIResponse(responseCode = "404", description = "no such order")
    public TimelineView timeline(@PathParam("id") String id) {
        return timelines.of(id);
    }
}
