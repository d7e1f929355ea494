package com.phonesmith.activations.contract;

import com.phonesmith.activations.statement.MakerAccess;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/makers/{maker}/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class RateContractResource {
    private final RateContracts contracts;
    private final CurrentCaller caller;

    public RateContractResource(RateContracts contracts, CurrentCaller caller) {
        this.contracts = contracts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "A maker's rates per device in use per month, and from when each holds")
    @APIResponse(responseCode = "404", description = "no such maker, or another maker than the partner's own")
    public List<RateContracts.Rate> rates(@PathParam("maker") String maker) {
        List<RateContracts.Rate> rates = MakerAccess.mayRead(caller.get(), maker) ? contracts.of(maker) : List.of();
        if (rates.isEmpty()) {
            throw ProblemException.notFound("no maker " + maker + " with a contract");
        }
        return rates;
    }

    @PUT
    @Path("{effectiveFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sets a maker's rate from the first day of a month on (a new maker gets its first contract)")
    @APIResponse(responseCode = "200", description = "the rate as it now holds")
    @APIResponse(responseCode = "409", description = "that month, or a later one, is closed")
    public RateContracts.Rate set(@PathParam("maker") String maker, @PathParam("effectiveFrom") String effectiveFrom,
            RateContracts.Request request) {
        return contracts.set(maker, effectiveFrom, request);
    }
}
