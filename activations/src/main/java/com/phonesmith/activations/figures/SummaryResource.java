package com.phonesmith.activations.figures;

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

@Path("/api/activations/summary")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {
    private final ActivationFigures figures;

    public SummaryResource(ActivationFigures figures) {
        this.figures = figures;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "This year's activations against the annual target, by maker and model, and by maker and"
            + " ISO week over the last weeks")
    @APIResponse(responseCode = "400", description = "weeks is not between 1 and 104")
    public ActivationFigures.Summary summary(@QueryParam("weeks") @DefaultValue("12") int weeks) {
        return figures.summary(Weeks.checked(weeks));
    }
}
