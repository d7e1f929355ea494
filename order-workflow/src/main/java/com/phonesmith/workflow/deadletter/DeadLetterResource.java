package com.phonesmith.workflow.deadletter;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Messages that a service could not handle, for support to replay after a fix or discard with a note. */
@Path("/api/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    private final DeadLetters deadLetters;
    private final CurrentCaller caller;

    public DeadLetterResource(DeadLetters deadLetters, CurrentCaller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Dead letters of a status (OPEN by default), newest first, with the reason each failed")
    @APIResponse(responseCode = "400", description = "an unknown status (problem naming field \"status\")")
    public DeadLetterPage list(@QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return deadLetters.list(statusOf(status), limit);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Sends an open dead letter again to its topic, as it was (after the cause was fixed)")
    @APIResponse(responseCode = "200", description = "replayed; the dead letter as it stands now")
    @APIResponse(responseCode = "404", description = "no such dead letter")
    @APIResponse(responseCode = "409", description = "it was replayed or discarded already")
    public DeadLetterView replay(@PathParam("id") long id, DeadLetterNote body) {
        return deadLetters.replay(id, actor(), body == null ? null : body.note());
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Sets an open dead letter aside for good, with a note saying why (required)")
    @APIResponse(responseCode = "200", description = "discarded; the dead letter as it stands now")
    @APIResponse(responseCode = "400", description = "no note (problem naming field \"note\")")
    @APIResponse(responseCode = "404", description = "no such dead letter")
    @APIResponse(responseCode = "409", description = "it was replayed or discarded already")
    public DeadLetterView discard(@PathParam("id") long id, DeadLetterNote body) {
        return deadLetters.discard(id, actor(), body == null ? null : body.note());
    }

    private static DeadLetterStatus statusOf(String text) {
        try {
            return DeadLetterStatus.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of " + java.util.Arrays.toString(
                    DeadLetterStatus.values()) + ", not '" + text + "'");
        }
    }

    private String actor() {
        return caller.get().subject().orElse("support");
    }
}
