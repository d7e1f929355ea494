package com.phonesmith.configurator.order;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final OrderService orders;
    private final OrderQueries queries;
    private final CurrentCaller caller;

    public OrderResource(OrderService orders, OrderQueries queries, CurrentCaller caller) {
        this.orders = orders;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order, as a guest (no token), a shopper, or a service on a guest's behalf;"
            + " the answer holds the order's tracking token")
    @APIResponse(responseCode = "201", description = "the new order")
    @APIResponse(responseCode = "200", description = "the order already placed with this Idempotency-Key and request")
    @APIResponse(responseCode = "400", description = "malformed body or Idempotency-Key (problem naming the field)")
    @APIResponse(responseCode = "403", description = "a staff or partner account; they do not place orders")
    @APIResponse(responseCode = "409", description = "the price changed since the quote it names (problem naming \"quoteId\")")
    @APIResponse(responseCode = "422", description = "the catalog does not offer it, the key was used for another order,"
            + " or its quote is unknown, for another configuration or expired")
    @APIResponse(responseCode = "429", description = "too many orders from this account or address; see Retry-After")
    public Response place(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid OrderRequest body, @Context UriInfo uri) {
        IdempotencyKey key = IdempotencyKey.fromHeader(idempotencyKey);
        Placement placement = orders.place(key, body, caller.get());
        if (!placement.created()) {
            return Response.ok(placement.order()).build();
        }
        URI location = uri.getBaseUriBuilder().path(OrderResource.class).path(placement.order().id()).build();
        return Response.created(location).entity(placement.order()).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "An order: its owner (shopper) and support read it in full; anybody with its tracking"
            + " token (header Order-Token) reads it with the e-mail masked")
    @APIResponse(responseCode = "200", description = "the order")
    @APIResponse(responseCode = "400", description = "the id is not a UUID (problem naming field \"id\")")
    @APIResponse(responseCode = "401", description = "neither a token nor the order's tracking token was sent")
    @APIResponse(responseCode = "404", description = "no such order, or not one the caller may read")
    public OrderResponse get(@PathParam("id") String id, @HeaderParam(TrackingToken.HEADER) String trackingToken) {
        if (!UUID_FORMAT.matcher(id).matches()) {
            throw ProblemException.badRequest("id", "must be a UUID");
        }
        return queries.find(UUID.fromString(id), caller.get(), TrackingToken.fromHeader(trackingToken));
    }

    @GET
    @RolesAllowed({Roles.SHOPPER, Roles.SUPPORT})
    @Operation(summary = "Orders, newest first: a shopper's own; for support all of them, or those of one e-mail")
    @APIResponse(responseCode = "200", description = "one page of orders")
    @APIResponse(responseCode = "400", description = "page, size or email out of range (problem naming the field)")
    public OrderPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("email") @Size(max = 254) String email) {
        return queries.list(caller.get(), Optional.ofNullable(email).filter(e -> !e.isBlank()), page, size);
    }
}
