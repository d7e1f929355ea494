package com.phonesmith.factory.workorder;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.phonesmith.platform.security.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Work orders by order id, by their handset's IMEI or by their parcel's tracking number. */
@Path("/api/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
public class WorkOrderResource {
    private final WorkOrderService workOrders;
    private final WorkOrderReads reads;
    private final ParcelSteps parcels;
    private final CurrentCaller caller;

    public WorkOrderResource(WorkOrderService workOrders, WorkOrderReads reads, ParcelSteps parcels,
            CurrentCaller caller) {
        this.workOrders = workOrders;
        this.reads = reads;
        this.parcels = parcels;
        this.caller = caller;
    }

    /** Support puts the order ahead of every order not expedited; the answer shows the day it is booked on now. */
    @POST
    @Path("/{orderId}/expedite")
    @RolesAllowed(Roles.SUPPORT)
    public WorkOrderView expedite(@PathParam("orderId") String orderId) {
        String id = parseOrderId(orderId);
        return workOrders.expedite(id, caller.get().subject().orElse("support"))
                .orElseThrow(() -> ProblemException.notFound("no work order for order " + id));
    }

    @GET
    @Path("/{orderId}")
    public WorkOrderView get(@PathParam("orderId") String orderId) {
        String id = parseOrderId(orderId);
        return reads.find(id).orElseThrow(() -> ProblemException.notFound("no work order for order " + id));
    }

    /**
     * The work order of the handset with this IMEI, as an operator's scanner reads it (the phone's trace), or of the
     * parcel with this tracking number, as support reads it to a buyer: exactly one of the two.
     */
    @GET
    public WorkOrderView search(@QueryParam("imei") String imei, @QueryParam("tracking") String tracking) {
        WorkOrderSearch search = WorkOrderSearch.of(imei, tracking);
        return search.in(reads).orElseThrow(search::notFound);
    }

    /** The order's shipping label (4 x 6 inch PDF), once it is packed. */
    @GET
    @Path("/{orderId}/label")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
    public Response label(@PathParam("orderId") String orderId) {
        String id = parseOrderId(orderId);
        return pdf(id, parcels.label(id).orElseThrow(() -> notPacked(id)));
    }

    /** Prints the label again (torn, lost, smudged); counted and recorded in the order's history. */
    @POST
    @Path("/{orderId}/label/reprints")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed(Roles.OPERATOR)
    public Response reprintLabel(@PathParam("orderId") String orderId) {
        String id = parseOrderId(orderId);
        return pdf(id, parcels.reprintLabel(id, caller.get().subject().orElse("operator"))
                .orElseThrow(() -> notPacked(id)));
    }

    private static Response pdf(String orderId, byte[] pdf) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"label-" + orderId + ".pdf\"").build();
    }

    private static ProblemException notPacked(String orderId) {
        return ProblemException.notFound("order " + orderId + " has no label: it is not packed yet (or unknown)");
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
