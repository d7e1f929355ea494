package com.phonesmith.activations.figures;

import com.phonesmith.activations.statement.MakerAccess;
import com.phonesmith.activations.statement.StatementQueries;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/makers/{maker}/activations")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final ActivationFigures figures;
    private final StatementQueries statements;
    private final CurrentCaller caller;

    public FiguresResource(ActivationFigures figures, StatementQueries statements, CurrentCaller caller) {
        this.figures = figures;
        this.statements = statements;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "A maker's devices activated and in use by model, and activations by model and ISO week")
    @APIResponse(responseCode = "400", description = "weeks is not between 1 and 104")
    @APIResponse(responseCode = "404", description = "no such maker, or another maker than the partner's own")
    public ActivationFigures.MakerFigures ofMaker(@PathParam("maker") String maker,
            @QueryParam("weeks") @DefaultValue("12") int weeks) {
        if (!MakerAccess.mayRead(caller.get(), maker) || !statements.knowsMaker(maker)) {
            throw ProblemException.notFound("no maker " + maker);
        }
        return figures.ofMaker(maker, Weeks.checked(weeks));
    }
}
