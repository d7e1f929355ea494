package com.phonesmith.configurator.launch;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/launches")
@Produces(MediaType.APPLICATION_JSON)
public class LaunchResource {
    private final Launches launches;
    private final LaunchChanges changes;

    public LaunchResource(Launches launches, LaunchChanges changes) {
        this.launches = launches;
        this.changes = changes;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a launch: a pre-order window of a model with a unit quota per variant and a limit"
            + " per buyer")
    @APIResponse(responseCode = "201", description = "the launch")
    @APIResponse(responseCode = "400", description = "malformed body (problem naming the field)")
    @APIResponse(responseCode = "409", description = "the code is taken, or the window overlaps another launch of the model")
    @APIResponse(responseCode = "422", description = "an unknown model or variant, or a window that ends before it opens")
    public Response create(@NotNull @Valid LaunchRequest body, @Context UriInfo uri) {
        LaunchStatus launch = launches.create(body);
        return Response.created(uri.getBaseUriBuilder().path(LaunchResource.class).path(launch.code()).build())
                .entity(launch).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "The launches, newest window first (latest opensAt first), each with its window, the limit per"
            + " buyer and the units sold and left per variant; in pages of at most 100")
    @APIResponse(responseCode = "200", description = "one page of launches")
    @APIResponse(responseCode = "400", description = "page or size out of range (problem naming the field)")
    public LaunchPage list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return launches.list(page, size);
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a launch that has not closed: the end of its window (later, or sooner but not before"
            + " now), the limit per buyer, the units of its variants (never below the units sold); a field left out"
            + " stays as it is, and a change is made whole or not at all")
    @APIResponse(responseCode = "200", description = "the launch as changed")
    @APIResponse(responseCode = "400", description = "malformed body (problem naming the field)")
    @APIResponse(responseCode = "404", description = "no such launch")
    @APIResponse(responseCode = "409", description = "the launch closed or was ended, units below those sold"
            + " (quotas[i].units, with the number sold), or an end that overlaps the model's next launch")
    @APIResponse(responseCode = "422", description = "an end not after the opening or not later than now, a variant"
            + " that is not the launch's or named twice")
    public LaunchStatus change(@PathParam("code") String code, @NotNull @Valid LaunchChange body) {
        return changes.change(code, body);
    }

    @POST
    @Path("/{code}/end")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "End a launch now, before its window closes (one not open yet never opens): it sells nothing"
            + " more and its model is sold as usual. Ending a launch that is over changes nothing")
    @APIResponse(responseCode = "200", description = "the launch, ended")
    @APIResponse(responseCode = "404", description = "no such launch")
    public LaunchStatus end(@PathParam("code") String code) {
        return changes.end(code);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "A launch: its window, the limit per buyer, and the units sold and left per variant")
    @APIResponse(responseCode = "200", description = "the launch")
    @APIResponse(responseCode = "404", description = "no such launch")
    public LaunchStatus get(@PathParam("code") String code) {
        return launches.status(code).orElseThrow(() -> ProblemException.notFound("no launch " + code));
    }
}
