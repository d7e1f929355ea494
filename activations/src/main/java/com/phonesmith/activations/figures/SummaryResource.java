package com.phonesmith.activations.figures;

import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/activations/summary")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {
    private final ActivationFigures figures;

    public SummaryResource(ActivationFigures figures) {
        this.figures = figures;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "This year's activations against the annual target, by maker")
    public ActivationFigures.Summary summary() {
        return figures.summary();
    }
}
