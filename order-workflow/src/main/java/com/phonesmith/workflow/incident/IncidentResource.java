package com.phonesmith.workflow.incident;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.order.OrderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The orders raised to support. */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {
    private final IncidentService incidents;

    public IncidentResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Orders raised to support and not yet resolved, newest first: a failed image build, a reply"
            + " that did not come in time, a step of the process that failed on every try; with orderId, only that"
            + " order's (all of them)")
    @APIResponse(responseCode = "400", description = "orderId is malformed (problem naming field \"orderId\")")
    public IncidentPage open(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("orderId") String orderId) {
        if (orderId == null) {
            return incidents.open(limit);
        }
        String problem = OrderId.problemWith(orderId);
        if (problem != null) {
            throw ProblemException.badRequest("orderId", problem);
        }
        return incidents.openOf(orderId);
    }
}
