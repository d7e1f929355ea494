package com.phonesmith.configurator.promise;

import com.phonesmith.configurator.catalog.CatalogService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/promise")
@Produces(MediaType.APPLICATION_JSON)
public class PromiseResource {
    private final CatalogService catalog;
    private final Promises promises;

    public PromiseResource(CatalogService catalog, Promises promises) {
        this.catalog = catalog;
        this.promises = promises;
    }

    @GET
    @PermitAll
    @Operation(summary = "When a variant is delivered if ordered now: a date at most seven days away, or why none"
            + " can be promised")
    @APIResponse(responseCode = "200", description = "the promise, or promisable false with the reason")
    @APIResponse(responseCode = "400", description = "a parameter is missing or malformed (problem naming it)")
    @APIResponse(responseCode = "404", description = "the catalog does not sell this variant (problem naming the"
            + " field)")
    public Promise promise(@QueryParam("model") @NotBlank @Size(max = 50) String model,
            @QueryParam("colour") @NotBlank @Size(max = 50) String colour,
            @QueryParam("storageGb") @NotBlank @Pattern(regexp = "[0-9]{1,6}", message = "must be a whole number of GB")
            String storageGb) {
        VariantCode variant = VariantCode.sold(catalog.current(), model, colour, Integer.parseInt(storageGb));
        return promises.of(variant);
    }
}
