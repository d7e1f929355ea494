package com.phonesmith.workflow.cancel;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.security.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/orders/{orderId}/cancel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CancelResource {
    private final CancelService cancellations;
    private final CurrentCaller caller;

    public CancelResource(CancelService cancellations, CurrentCaller caller) {
        this.cancellations = cancellations;
        this.caller = caller;
    }

    @POST
    @PermitAll
    @Operation(summary = "Cancels an order: the shopper who placed it (or anybody with its tracking token, header"
            + " Order-Token) until flashing starts, support until delivery (with a reason). The factory releases the"
            + " handset and slot and the payment is voided or refunded; the timeline shows each step.")
    @APIResponse(responseCode = "200", description = "cancelled (or cancelled already: the first cancellation)")
    @APIResponse(responseCode = "400", description = "malformed order id, or reason missing (support) or too long")
    @APIResponse(responseCode = "401", description = "neither a bearer token nor the order's tracking token was sent")
    @APIResponse(responseCode = "403", description = "factory operators cannot cancel")
    @APIResponse(responseCode = "404", description = "no such order, or not one the caller may cancel")
    @APIResponse(responseCode = "409", description = "not any more: flashing started (shopper) or delivered")
    public Cancellation cancel(@PathParam("orderId") String orderId,
            @HeaderParam(TrackingToken.HEADER) String trackingToken, CancelRequest request) {
        return cancellations.cancel(orderId, caller.get(), TrackingToken.fromHeader(trackingToken),
                request == null ? null : request.reason());
    }
}
