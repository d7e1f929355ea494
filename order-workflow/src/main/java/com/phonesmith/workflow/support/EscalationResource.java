package com.phonesmith.workflow.support;

import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {
    private final SupportActions actions;

    public EscalationResource(SupportActions actions) {
        this.actions = actions;
    }

    @GET
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Orders whose promise is at risk (still in the factory) or breached, newest first")
    @APIResponse(responseCode = "200", description = "the page and the total")
    @APIResponse(responseCode = "400", description = "kind is not AT_RISK or BREACHED, or limit is not 1-500")
    public EscalationPage list(@QueryParam("kind") String kind, @QueryParam("limit") @DefaultValue("100") int limit) {
        return actions.escalations(kind, limit);
    }
}
