package com.phonesmith.web.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The part of order-workflow's REST API that web uses. Built by {@link WorkflowBackend}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface WorkflowApi {
    @GET
    @Path("/orders/{id}/timeline")
    Timeline timeline(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @HeaderParam(ConfiguratorApi.ORDER_TOKEN) String trackingToken, @PathParam("id") String orderId);

    /** Answers the {@link Cancellation}, or a problem: read as a {@link Response} so that web can show it. */
    @POST
    @Path("/orders/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    Response cancel(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @HeaderParam(ConfiguratorApi.ORDER_TOKEN) String trackingToken, @PathParam("orderId") String orderId,
            CancelRequest body);

    @GET
    @Path("/escalations")
    EscalationPage escalations(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("kind") String kind, @QueryParam("limit") int limit);

    /** Answers the {@link Escalation} as it is now, or a problem: read as a {@link Response}. */
    @POST
    @Path("/orders/{orderId}/support/expedite")
    Response expedite(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("orderId") String orderId);

    /** Answers 204, or a problem: read as a {@link Response}. */
    @POST
    @Path("/orders/{orderId}/support/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addNote(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("orderId") String orderId, NoteRequest body);

    @GET
    @Path("/incidents")
    IncidentPage incidents(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization);

    @GET
    @Path("/incidents")
    IncidentPage incidentsOf(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("orderId") String orderId);

    @POST
    @Path("/orders/{orderId}/incidents/{incidentId}/retry")
    IncidentRetry retryIncident(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("orderId") String orderId, @PathParam("incidentId") String incidentId);

    @GET
    @Path("/dead-letters")
    DeadLetterPage deadLetters(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("status") String status, @QueryParam("limit") int limit);

    @POST
    @Path("/dead-letters/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    DeadLetter replayDeadLetter(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("id") long id, DeadLetterNote body);

    @POST
    @Path("/dead-letters/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    DeadLetter discardDeadLetter(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("id") long id, DeadLetterNote body);
}
