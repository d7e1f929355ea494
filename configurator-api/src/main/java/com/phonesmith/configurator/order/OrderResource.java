package com.phonesmith.configurator.order;

import com.phonesmith.platform.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/orders")
public class OrderResource {
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    /**
     * Places an order: 201 with the new order, or 200 with the order already placed for this key and request.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response place(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid OrderRequest body, @Context UriInfo uri) {
        IdempotencyKey key = IdempotencyKey.fromHeader(idempotencyKey);
        Placement placement = orders.place(key, body);
        if (!placement.created()) {
            return Response.ok(placement.order()).build();
        }
        URI location = uri.getBaseUriBuilder().path(OrderResource.class).path(placement.order().id()).build();
        return Response.created(location).entity(placement.order()).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public OrderResponse get(@PathParam("id") String id) {
        if (!UUID_FORMAT.matcher(id).matches()) {
            throw ProblemException.badRequest("id", "must be a UUID");
        }
        UUID orderId = UUID.fromString(id);
        return orders.find(orderId).orElseThrow(() -> ProblemException.notFound("no order " + orderId));
    }
}
