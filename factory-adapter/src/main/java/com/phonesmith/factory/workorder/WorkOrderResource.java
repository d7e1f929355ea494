package com.phonesmith.factory.workorder;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Work orders by order id. */
@Path("/api/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
public class WorkOrderResource {
    private final WorkOrderService workOrders;

    public WorkOrderResource(WorkOrderService workOrders) {
        this.workOrders = workOrders;
    }

    @GET
    @Path("/{orderId}")
    public WorkOrderView get(@PathParam("orderId") String orderId) {
        String id = parseOrderId(orderId);
        return workOrders.find(id).orElseThrow(() -> ProblemException.notFound("no work order for order " + id));
    }

    static String parseOrderId(String orderId) {
        try {
            UUID parsed = UUID.fromString(orderId);
            if (parsed.toString().equalsIgnoreCase(orderId)) {
                return orderId.toLowerCase(java.util.Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.badRequest("orderId", "must be a UUID, got " + orderId);
    }
}
