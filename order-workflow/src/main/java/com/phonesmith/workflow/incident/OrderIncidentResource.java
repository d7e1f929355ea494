package com.phonesmith.workflow.incident;

import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Support's actions on one order's incidents. */
@Path("/api/orders/{orderId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class OrderIncidentResource {
    private final IncidentService incidents;
    private final CurrentCaller caller;

    public OrderIncidentResource(IncidentService incidents, CurrentCaller caller) {
        this.incidents = incidents;
        this.caller = caller;
    }

    @POST
    @Path("/{incidentId}/retry")
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Ends an incident and tries the order's step again (recorded on its timeline with who did it)")
    @APIResponse(responseCode = "200", description = "retried; the command sent again, if any")
    @APIResponse(responseCode = "400", description = "the order id is malformed")
    @APIResponse(responseCode = "404", description = "no such order, or no such incident open on it")
    public IncidentRetry retry(@PathParam("orderId") String orderId, @PathParam("incidentId") String incidentId) {
        return incidents.retry(orderId, incidentId, caller.get().subject().orElse("support"));
    }
}
