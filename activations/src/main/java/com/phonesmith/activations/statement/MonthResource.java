package com.phonesmith.activations.statement;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Closing a month (admin), and every maker's statements of a month. */
@Path("/api/statements/{month}")
@Produces(MediaType.APPLICATION_JSON)
public class MonthResource {
    private final MonthClosing closing;
    private final StatementQueries statements;
    private final CurrentCaller caller;

    public MonthResource(MonthClosing closing, StatementQueries statements, CurrentCaller caller) {
        this.closing = closing;
        this.statements = statements;
        this.caller = caller;
    }

    @POST
    @Path("close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Closes a month that is over: one immutable statement per maker; closing it again changes"
            + " nothing")
    @APIResponse(responseCode = "201", description = "closed now")
    @APIResponse(responseCode = "200", description = "it was closed before; nothing changed")
    @APIResponse(responseCode = "409", description = "the month is still running")
    public Response close(@PathParam("month") String month) {
        MonthClosing.Closed closed = closing.close(Months.parse("month", month),
                caller.get().subject().orElse("admin"));
        return Response.status(closed.closedNow() ? 201 : 200).entity(closed).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Every maker's statement of a closed month")
    @APIResponse(responseCode = "404", description = "the month is not closed")
    public List<Statement> month(@PathParam("month") String month) {
        YearMonth parsed = Months.parse("month", month);
        if (!statements.isClosed(parsed)) {
            throw ProblemException.notFound("month " + parsed + " is not closed");
        }
        return statements.ofMonth(parsed);
    }
}
