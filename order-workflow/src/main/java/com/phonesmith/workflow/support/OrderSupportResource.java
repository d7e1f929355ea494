package com.phonesmith.workflow.support;

import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Support's actions on one order, each recorded on its timeline with the support account. */
@Path("/api/orders/{orderId}/support")
@Produces(MediaType.APPLICATION_JSON)
public class OrderSupportResource {
    private final SupportActions actions;
    private final CurrentCaller caller;

    public OrderSupportResource(SupportActions actions, CurrentCaller caller) {
        this.actions = actions;
        this.caller = caller;
    }

    @POST
    @Path("/expedite")
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Expedites the order: the factory puts it ahead of every order not expedited (ExpediteBuild)")
    @APIResponse(responseCode = "200", description = "expedited (or expedited already): the order's promise")
    @APIResponse(responseCode = "404", description = "no such order")
    @APIResponse(responseCode = "409", description = "the order has shipped, was delivered or cancelled")
    public Escalation expedite(@PathParam("orderId") String orderId) {
        return actions.expedite(orderId, account());
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Adds a note to the order's timeline (staff only), with its author")
    @APIResponse(responseCode = "204", description = "noted")
    @APIResponse(responseCode = "400", description = "no text, or more than 2000 characters (problem naming text)")
    @APIResponse(responseCode = "404", description = "no such order")
    public Response note(@PathParam("orderId") String orderId, SupportNote note) {
        actions.note(orderId, account(), note);
        return Response.noContent().build();
    }

    private String account() {
        return caller.get().subject().orElse("support");
    }
}
