package com.phonesmith.web.backend;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * order-workflow's live timeline of an order (server-sent events): an event {@code timeline} with the timeline's JSON
 * at once and after every change, heartbeats in between. A client of its own, since its answer never ends: the
 * read timeout is the longest silence allowed, not the time for an answer.
 */
@Path("/api")
public interface WorkflowStreamApi {
    @GET
    @Path("/orders/{id}/timeline/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> timeline(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @HeaderParam(ConfiguratorApi.ORDER_TOKEN) String trackingToken, @PathParam("id") String orderId);
}
