package com.phonesmith.configurator.catalog;

import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/admin/catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CatalogAdminResource {
    private final CatalogAdmin admin;
    private final CatalogService catalogs;

    public CatalogAdminResource(CatalogAdmin admin, CatalogService catalogs) {
        this.admin = admin;
        this.catalogs = catalogs;
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The cross-tree rules (an option requires or excludes another), sorted by option, other and"
            + " kind; all of them (the catalog holds a few dozen)")
    @APIResponse(responseCode = "200", description = "the rules")
    public CatalogRules rules() {
        return CatalogRules.of(catalogs.current());
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a rule: an option requires or excludes another; refused if the catalog becomes unsound")
    @APIResponse(responseCode = "201", description = "added")
    @APIResponse(responseCode = "400", description = "malformed body (problem naming the field)")
    @APIResponse(responseCode = "409", description = "the rule exists already")
    @APIResponse(responseCode = "422", description = "an unknown option, or a catalog whose rules contradict or that has"
            + " an option no configuration can contain (each reason under field \"rule\")")
    public Response addRule(@NotNull @Valid RuleRequest body) {
        admin.addRule(body);
        return Response.status(Response.Status.CREATED).build();
    }

    @DELETE
    @Path("/rules/{kind}/{option}/{other}")
    @Operation(summary = "Remove a rule; refused if the catalog becomes unsound")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such rule")
    @APIResponse(responseCode = "422", description = "the catalog would become unsound (reasons under field \"rule\")")
    public void removeRule(@PathParam("kind") String kind, @PathParam("option") String option,
            @PathParam("other") String other) {
        admin.removeRule(kind, option, other);
    }

    @PUT
    @Path("/options/{code}/price")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an OS feature's or app's price; quotes given before no longer hold")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "400", description = "not a price (problem naming field \"priceMinor\")")
    @APIResponse(responseCode = "404", description = "no such option")
    public void changePrice(@PathParam("code") String code, @NotNull @Valid PriceChange body) {
        admin.changePrice(code, body.priceMinor());
    }
}
