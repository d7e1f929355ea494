package com.phonesmith.configurator.order;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {
    private final Quotes quotes;

    public QuoteResource(Quotes quotes) {
        this.quotes = quotes;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quote a configuration: its price line by line, held until validUntil for an order that"
            + " names the quote's id")
    @APIResponse(responseCode = "201", description = "the quote")
    @APIResponse(responseCode = "400", description = "malformed body (problem naming the field)")
    @APIResponse(responseCode = "422", description = "the catalog does not offer it, or it breaks the rules")
    public Response quote(@NotNull @Valid QuoteRequest body) {
        QuoteResponse quote = quotes.quote(body);
        return Response.status(Response.Status.CREATED).entity(quote).build();
    }
}
