package com.phonesmith.web.support;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.IncidentRetry;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.InvalidInputException;
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
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Retry button of an open incident on support's page: order-workflow sends again what the order waits for,
 * and the page says what happened (303 back to {@code /support}, as the other forms of web do).
 */
@Path("/support/incidents")
@RolesAllowed(Roles.SUPPORT)
public class IncidentRetryResource {
    static final String NO_LONGER_OPEN = "That incident is no longer open";
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
    public Response retry(@FormParam("orderId") String orderId, @FormParam("incidentId") String incidentId) {
        String order = OrderIds.validate(orderId);
        String incident = incidentId(incidentId);
        Optional<IncidentRetry> retried = workflow.retryIncident(accesses.of(viewer), order, incident);
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
