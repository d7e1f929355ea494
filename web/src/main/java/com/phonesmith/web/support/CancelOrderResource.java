package com.phonesmith.web.support;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.Cancellation;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.OrderCancel;
import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.OrderNotFoundException;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.order.OrderIds;
import com.phonesmith.web.order.OrderStatus;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Support's "Cancel with refund" of an order (linked from the orders on support's page and from the order's page):
 * the order and the form, where support must say why; order-workflow cancels it (support may until delivery),
 * releases its handset and slot and voids or refunds the payment. The page says what happened (303 back to
 * {@code /support}, as support's other forms do); a missing reason shows the form again with the error beside it.
 */
@Path("/support/orders")
@RolesAllowed(Roles.SUPPORT)
public class CancelOrderResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final int REASON_MAX_LENGTH = 500;
    static final String REASON_REQUIRED = "Say why the order is cancelled: the shopper is told, and it stays with the"
            + " order.";

    /**
     * The form's page: the order, whether order-workflow lets support cancel it now (and if not, why not in words),
     * what was typed and the reason's error after a refused attempt.
     */
    public record CancelPage(String orderId, String model, String email, String price, DisplayTime placedAt,
            OrderStatus status, boolean mayCancel, String whyNot, String reason, String reasonError) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancel(CancelPage page);
    }

    private final ConfiguratorBackend configurator;
    private final WorkflowBackend workflow;
    private final Accesses accesses;
    private final Viewer viewer;
    private final WebConfig config;

    public CancelOrderResource(ConfiguratorBackend configurator, WorkflowBackend workflow, Accesses accesses,
            Viewer viewer, WebConfig config) {
        this.configurator = configurator;
        this.workflow = workflow;
        this.accesses = accesses;
        this.viewer = viewer;
        this.config = config;
    }

    @GET
    @Path("/{orderId}/cancel")
    @Produces(HTML)
    @Operation(summary = "Support's form to cancel an order with refund, saying why")
    public Response form(@PathParam("orderId") String orderId) {
        String id = OrderIds.validate(orderId);
        return Response.ok(render(id, "", ""), HTML).build();
    }

    @POST
    @Path("/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Cancel an order with refund as support: order-workflow cancels it, releases its handset and"
            + " slot, and voids or refunds its payment")
    @APIResponse(responseCode = "303", description = "to /support, saying that the order is cancelled, or why not")
    @APIResponse(responseCode = "400", description = "the form again, with the reason's error beside it")
    @APIResponse(responseCode = "503", description = "order-workflow or configurator-api is unavailable")
    public Response cancel(@PathParam("orderId") String orderId, @FormParam("reason") String reason) {
        String id = OrderIds.validate(orderId);
        String typed = reason == null ? "" : reason.strip();
        if (typed.isEmpty()) {
            return refused(id, typed, REASON_REQUIRED);
        }
        if (typed.length() > REASON_MAX_LENGTH) {
            return refused(id, typed, "The reason must be at most " + REASON_MAX_LENGTH + " characters long.");
        }
        OrderCancel outcome = workflow.cancel(access(), id, typed);
        if (outcome.cancelled()) {
            return BackToSupport.notice(cancelledMessage(id, typed, outcome.cancellation().get()));
        }
        if (outcome.notFound()) {
            return BackToSupport.warning("Order " + id + " is not known to order-workflow, so it was not cancelled.");
        }
        Optional<String> reasonError = outcome.fieldError("reason");
        if (reasonError.isPresent()) {
            return refused(id, typed, "The reason " + reasonError.get() + ".");
        }
        return BackToSupport.warning("Order " + id + " was not cancelled: " + outcome.refusal() + ".");
    }

    /** Cancelled now, or (a repeated cancel answers the first cancellation) before, by somebody else or for another reason. */
    String cancelledMessage(String orderId, String typed, Cancellation cancellation) {
        boolean now = "support".equalsIgnoreCase(cancellation.cancelledBy()) && typed.equals(cancellation.reason());
        if (now) {
            return "Cancelled order " + orderId + " (" + typed + "). order-workflow releases its handset and factory"
                    + " slot and voids or refunds its payment.";
        }
        String by = cancellation.cancelledBy() == null || cancellation.cancelledBy().isBlank() ? ""
                : " by " + cancellation.cancelledBy();
        String at = cancellation.at() == null ? "" : " on " + DisplayTime.of(cancellation.at(), config.displayZone()).text();
        String why = cancellation.reason() == null || cancellation.reason().isBlank() ? ""
                : " (" + cancellation.reason() + ")";
        return "Order " + orderId + " was already cancelled" + by + at + why + ", so nothing changed.";
    }

    private Response refused(String id, String typed, String reasonError) {
        return Response.status(400).type(HTML).entity(render(id, typed, reasonError)).build();
    }

    private String render(String id, String typed, String reasonError) {
        Access access = access();
        Order order = configurator.order(access, id).orElseThrow(() -> new OrderNotFoundException(id));
        Optional<Timeline> timeline = workflow.timeline(access, id);
        OrderStatus status = OrderStatus.current(timeline.map(Timeline::status).orElse(null), order.status());
        boolean mayCancel = timeline.map(Timeline::mayCancel).orElse(false);
        return Templates.cancel(new CancelPage(id, order.model(), order.customerEmail(),
                Prices.format(order.priceMinor(), order.currency()), DisplayTime.of(order.placedAt(),
                        config.displayZone()), status, mayCancel, mayCancel ? "" : whyNot(timeline, status), typed,
                reasonError)).render();
    }

    private static String whyNot(Optional<Timeline> timeline, OrderStatus status) {
        if (timeline.isEmpty()) {
            return "order-workflow does not know this order yet: try again in a minute.";
        }
        if ("CANCELLED".equals(status.code())) {
            return "This order is already cancelled.";
        }
        return "order-workflow does not let support cancel this order now (status: " + status.label()
                + "): support may cancel an order until it is delivered.";
    }

    private Access access() {
        return accesses.of(viewer);
    }
}
