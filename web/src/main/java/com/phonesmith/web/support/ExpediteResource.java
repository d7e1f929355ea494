package com.phonesmith.web.support;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.Escalation;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.order.OrderIds;
import com.phonesmith.web.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The Expedite button of an order at risk or past its promise on support's page: order-workflow expedites it, and
 * the factory then builds it ahead of every order that is not expedited. The page says what happened (303 back to
 * {@code /support}, as support's other forms do).
 */
@Path("/support/escalations")
@RolesAllowed(Roles.SUPPORT)
public class ExpediteResource {
    private final WorkflowBackend workflow;
    private final Accesses accesses;
    private final Viewer viewer;
    private final WebConfig config;

    public ExpediteResource(WorkflowBackend workflow, Accesses accesses, Viewer viewer, WebConfig config) {
        this.workflow = workflow;
        this.accesses = accesses;
        this.viewer = viewer;
        this.config = config;
    }

    @POST
    @Path("/expedite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Expedite an order: the factory builds it ahead of every order that is not expedited")
    @APIResponse(responseCode = "303", description = "to /support, saying that the order is expedited, or why not")
    @APIResponse(responseCode = "400", description = "the order id is malformed")
    @APIResponse(responseCode = "503", description = "order-workflow is unavailable")
    public Response expedite(@FormParam("orderId") String orderId) {
        String id = OrderIds.validate(orderId);
        CommandOutcome<Escalation> outcome = workflow.expedite(accesses.of(viewer), id);
        if (outcome.done()) {
            return BackToSupport.notice(expeditedMessage(id, outcome.body().orElse(null)));
        }
        if (outcome.notFound()) {
            return BackToSupport.warning("Order " + id + " is not known to order-workflow, so it was not expedited.");
        }
        String why = outcome.refusal().strip();
        return BackToSupport.warning("Order " + id + " was not expedited" + (why.isEmpty() ? "." : ": " + why
                + (why.endsWith(".") ? "" : ".")));
    }

    /** Expedited now (by the viewer), or before by somebody else: order-workflow answers both alike. */
    String expeditedMessage(String orderId, Escalation escalation) {
        String by = escalation == null || escalation.expeditedBy() == null ? "" : escalation.expeditedBy().strip();
        String me = viewer.person().map(p -> p.username()).orElse("");
        if (by.isEmpty() || by.equalsIgnoreCase(me)) {
            return "Expedited order " + orderId + ": the factory now builds it ahead of every order that is not"
                    + " expedited.";
        }
        String at = escalation.expedited() ? " on " + DisplayTime.of(escalation.expeditedAt(), config.displayZone())
                .text() : "";
        return "Order " + orderId + " was already expedited by " + by + at + ", so nothing changed.";
    }
}
