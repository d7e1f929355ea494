package com.phonesmith.web.support;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.IncidentRetry;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.order.OrderIds;
import com.phonesmith.web.order.RetryNotice;
import com.phonesmith.web.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Retry button of an open incident on support's page or on the order's page ({@code back=order}): order-workflow
 * sends again what the order waits for, and the page says what happened (303 back to the page the form was on).
 */
@Path("/support/incidents")
@RolesAllowed(Roles.SUPPORT)
public class IncidentRetryResource {
    static final String NO_LONGER_OPEN = "That incident is no longer open";
    /** The form's {@code back} when it is on the order's page, which the answer then returns to. */
    static final String BACK_TO_ORDER = "order";
    private static final Pattern INCIDENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final WorkflowBackend workflow;
    private final Accesses accesses;
    private final Viewer viewer;

    public IncidentRetryResource(WorkflowBackend workflow, Accesses accesses, Viewer viewer) {
        this.workflow = workflow;
        this.accesses = accesses;
        this.viewer = viewer;
    }

    @POST
    @Path("/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Retry an open incident of an order: order-workflow sends again what the order waits for")
    public Response retry(@FormParam("orderId") String orderId, @FormParam("incidentId") String incidentId,
            @FormParam("back") String back) {
        String order = OrderIds.validate(orderId);
        String incident = incidentId(incidentId);
        Optional<IncidentRetry> retried = workflow.retryIncident(accesses.of(viewer), order, incident);
        if (BACK_TO_ORDER.equals(back)) {
            String outcome = retried.map(r -> r.resentCommand().orElse(RetryNotice.NOTHING_SENT))
                    .orElse(RetryNotice.GONE);
            return Response.seeOther(UriBuilder.fromPath("/orders/{id}").queryParam("retried", outcome).build(order))
                    .build();
        }
        return retried.isPresent() ? BackToSupport.notice(retriedMessage(order, retried.get()))
                : BackToSupport.warning(NO_LONGER_OPEN + " (order " + order + "), so nothing was retried.");
    }

    static String retriedMessage(String orderId, IncidentRetry retry) {
        return retry.resentCommand().map(command -> "Retried order " + orderId + ": " + command + " sent again.")
                .orElse("Retried order " + orderId + ": nothing had to be sent again.");
    }

    private static String incidentId(String raw) {
        String id = raw == null ? "" : raw.strip();
        if (!INCIDENT_ID.matcher(id).matches()) {
            throw new InvalidInputException("incidentId", "Incident",
                    "must be 1 to 128 letters, digits, '.', ':', '-' or '_'");
        }
        return id;
    }
}
