package com.phonesmith.activations.statement;

import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Monthly statements: closing a month (admin), and each maker's statements (its partners, support, admin). */
@Path("/api/makers/{maker}/adjustments")
@Produces(MediaType.APPLICATION_JSON)
public class AdjustmentResource {
    private final Adjustments adjustments;
    private final CurrentCaller caller;

    public AdjustmentResource(Adjustments adjustments, CurrentCaller caller) {
        this.adjustments = adjustments;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Records a correction of a closed month; it becomes a line of the maker's next statement")
    @APIResponse(responseCode = "201", description = "recorded (or recorded before with this Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "the month is not closed")
    public Response adjust(@PathParam("maker") String maker, @HeaderParam("Idempotency-Key") String key,
            Adjustments.Request request) {
        return Response.status(201).entity(adjustments.record(key, maker, request,
                caller.get().subject().orElse("admin"))).build();
    }
}
