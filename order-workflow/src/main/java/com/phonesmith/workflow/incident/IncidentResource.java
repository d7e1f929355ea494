package com.phonesmith.workflow.incident;

import com.phonesmith.platform.security.Roles;
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
            + " that did not come in time, a step of the process that failed on every try")
    public IncidentPage open(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return incidents.open(limit);
    }
}
