package com.phonesmith.configurator.configuration;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/configurations")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {
    private final ConfigurationService configurations;

    public ConfigurationResource(ConfigurationService configurations) {
        this.configurations = configurations;
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
}
