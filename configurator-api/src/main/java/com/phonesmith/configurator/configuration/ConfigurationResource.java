package com.phonesmith.configurator.configuration;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/configurations")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {
    private final ConfigurationService configurations;
    private final SavedConfigurations saved;

    public ConfigurationResource(ConfigurationService configurations, SavedConfigurations saved) {
        this.configurations = configurations;
        this.saved = saved;
    }

    @POST
    @Path("/evaluate")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a partial configuration allows: each option chosen, removed, included, excluded or"
            + " open, with the reasons and the smallest fixes; the configuration it builds now and its price")
    @APIResponse(responseCode = "200", description = "the evaluation (consistent, or the conflict of the decisions)")
    @APIResponse(responseCode = "400", description = "malformed body (problem naming the field)")
    @APIResponse(responseCode = "422", description = "a model, colour, storage size or option the catalog does not offer")
    public ConfigurationAnswer evaluate(@NotNull @Valid ConfigurationRequest body) {
        return configurations.evaluate(body);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a configuration to share: the answer holds its short code; the same configuration"
            + " always gets the same code")
    @APIResponse(responseCode = "201", description = "saved under a new code")
    @APIResponse(responseCode = "200", description = "saved before, under this code")
    @APIResponse(responseCode = "400", description = "malformed body (problem naming the field)")
    @APIResponse(responseCode = "422", description = "a model, colour, storage size or option the catalog does not offer")
    public Response save(@NotNull @Valid ConfigurationRequest body, @Context UriInfo uri) {
        SavedConfigurations.Saved result = saved.save(body);
        if (!result.created()) {
            return Response.ok(result.configuration()).build();
        }
        URI location = uri.getBaseUriBuilder().path(ConfigurationResource.class).path(result.configuration().code())
                .build();
        return Response.created(location).entity(result.configuration()).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "A saved configuration, reopened against today's catalog: what no longer fits, why, and"
            + " the nearest configuration that can be built")
    @APIResponse(responseCode = "200", description = "the saved configuration and how it reopens")
    @APIResponse(responseCode = "400", description = "not a share code (problem naming field \"code\")")
    @APIResponse(responseCode = "404", description = "nothing was saved under this code")
    @APIResponse(responseCode = "410", description = "its model is no longer sold")
    public SharedConfiguration find(@PathParam("code") String code) {
        return saved.find(code);
    }
}
