package com.phonesmith.activations.statement;

import com.phonesmith.activations.ActivationsConfig;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Each maker's monthly statements, closed and running, for its partners, support and admin. */
@Path("/api/makers/{maker}/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {
    private final StatementQueries statements;
    private final CurrentCaller caller;
    private final Clock clock;
    private final ActivationsConfig config;

    public StatementResource(StatementQueries statements, CurrentCaller caller, Clock clock, ActivationsConfig config) {
        this.statements = statements;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "A maker's statements, newest first; a partner reads only its own maker's")
    @APIResponse(responseCode = "404", description = "no such maker, or another maker than the partner's own")
    public List<Statement> ofMaker(@PathParam("maker") String maker) {
        return statements.ofMaker(readable(caller, statements, maker));
    }

    @GET
    @Path("current")
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The running month's statement as it stands now (provisional until the month is closed)")
    @APIResponse(responseCode = "404", description = "no such maker, or another maker than the partner's own")
    public MonthToDate current(@PathParam("maker") String maker) {
        return statements.monthToDate(readable(caller, statements, maker), clock.instant(), config.outOfUseAfter());
    }

    @GET
    @Path("{month}")
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "One statement with its lines")
    @APIResponse(responseCode = "404", description = "no such statement, or another maker's")
    public Statement one(@PathParam("maker") String maker, @PathParam("month") String month) {
        return found(maker, month);
    }

    @GET
    @Path("{month}.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "One statement as CSV")
    @APIResponse(responseCode = "404", description = "no such statement, or another maker's")
    public Response csv(@PathParam("maker") String maker, @PathParam("month") String month) {
        Statement statement = found(maker, month);
        return download(StatementCsv.of(statement), "text/csv; charset=UTF-8", statement, "csv");
    }

    @GET
    @Path("{month}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "One statement as PDF")
    @APIResponse(responseCode = "404", description = "no such statement, or another maker's")
    public Response pdf(@PathParam("maker") String maker, @PathParam("month") String month) {
        Statement statement = found(maker, month);
        return download(StatementPdf.of(statement), "application/pdf", statement, "pdf");
    }

    /** A statement's file, named for saving: statement-{maker}-{month}.{extension}. */
    private static Response download(Object content, String type, Statement statement, String extension) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"statement-"
                + statement.maker() + "-" + statement.month() + "." + extension + "\"").build();
    }

    private Statement found(String maker, String month) {
        return statements.one(readable(caller, statements, maker), Months.parse("month", month))
                .orElseThrow(() -> ProblemException.notFound("no statement of " + maker + " for " + month));
    }

    static String readable(CurrentCaller caller, StatementQueries statements, String maker) {
        if (!MakerAccess.mayRead(caller.get(), maker) || !statements.knowsMaker(maker)) {
            throw ProblemException.notFound("no maker " + maker);
        }
        return maker;
    }
}
