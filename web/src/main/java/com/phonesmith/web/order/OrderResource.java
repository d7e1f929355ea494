package com.phonesmith.web.order;

import com.phonesmith.web.backend.Access;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.OrderCancel;
import com.phonesmith.web.csrf.CsrfToken;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.error.OrderNotFoundException;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Order tracking pages: a signed-in shopper's own orders and every order for support, or any order whose
 * tracking token the link carries ({@code ?token=}), for a guest; the shopper's (or guest's) "Cancel the order"
 * form. Support cancels on its own form ({@code support/CancelOrderResource}), which requires a reason, and adds
 * notes to the order's timeline here ("Add a note", support only).
 */
@Path("/orders")
public class OrderResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance order(OrderView order, boolean justPlaced, boolean justCancelled,
                String retried);

        /** The {@code progress} fragment of order.html: status and timeline, pushed by {@link LiveProgress}. */
        static native TemplateInstance order$progress(ProgressView progress);
    }

    private final OrderPages pages;
    private final LiveProgress live;
    private final Accesses accesses;
    private final Viewer viewer;
    private final CsrfToken csrf;

    public OrderResource(OrderPages pages, LiveProgress live, Accesses accesses, Viewer viewer, CsrfToken csrf) {
        this.pages = pages;
        this.live = live;
        this.accesses = accesses;
        this.viewer = viewer;
        this.csrf = csrf;
    }

    /** Target of the "Track an order" form: {@code /orders?id=X&token=T} redirects (303) to the order's page. */
    @GET
    @PermitAll
    @Operation(summary = "Track an order: redirects to its page")
    public Response track(@QueryParam("id") String id, @QueryParam("token") String token) {
        String orderId = OrderIds.validate(id);
        String trackingToken = TrackingCodes.clean(token);
        if (trackingToken == null && token != null && !token.isBlank()) {
            throw new InvalidInputException("token", "Tracking code", "is not a tracking code: copy it from your"
                    + " order confirmation, 43 letters, digits, '-' and '_'");
        }
        return Response.seeOther(URI.create(OrderLinks.tracking(orderId, trackingToken))).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "An order's page: configuration, price, status and live timeline; the way to cancel it"
            + " while the viewer may")
    public Response order(@PathParam("id") String id, @QueryParam("token") String token,
            @QueryParam("placed") String placed, @QueryParam("cancelled") String cancelled,
            @QueryParam("noted") String noted, @QueryParam("retried") String retried) {
        String orderId = OrderIds.validate(id);
        String trackingToken = TrackingCodes.clean(token);
        if (trackingToken == null && !viewer.signedIn()) {
            return signInFirst(orderId);
        }
        OrderView view = page(orderId, access(trackingToken));
        if (noted != null) {
            view = view.withNote(view.note().justAdded());
        }
        return Response.ok(Templates.order(view, placed != null, cancelled != null,
                RetryNotice.of(retried)).render(), HTML).build();
    }

    /**
     * Support's "Add a note": order-workflow puts the note on the order's timeline (staff only). Added: 303 back to
     * the page, which says so and shows the note in the timeline. Refused: the page again with the error beside the
     * field: a note missing or too long is refused (400) before order-workflow is asked.
     */
    @POST
    @Path("/{id}/notes")
    @RolesAllowed(Roles.SUPPORT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Add support's note to an order's timeline (staff only)")
    @APIResponse(responseCode = "303", description = "added: back to the order's page, which says so")
    @APIResponse(responseCode = "400", description = "the page again, with the note's error beside the field")
    @APIResponse(responseCode = "404", description = "no such order")
    @APIResponse(responseCode = "503", description = "order-workflow is unavailable")
    public Response addNote(@PathParam("id") String id, @FormParam("text") String text) {
        String orderId = OrderIds.validate(id);
        Access access = access(null);
        String typed = text == null ? "" : text.strip();
        String problem = NoteForm.problemOf(typed);
        if (!problem.isEmpty()) {
            return noteRefused(orderId, access, typed, problem);
        }
        CommandOutcome<Void> outcome = pages.addNote(orderId, access, typed);
        if (outcome.done()) {
            return Response.seeOther(URI.create("/orders/" + orderId + "?noted=1")).build();
        }
        if (outcome.notFound()) {
            throw new OrderNotFoundException(orderId);
        }
        return noteRefused(orderId, access, typed, outcome.fieldError("text").map(r -> "The note " + r + ".")
                .orElse(CancelForm.sentence(outcome.refusal().isBlank() ? "order-workflow refused the note"
                        : outcome.refusal())));
    }

    /**
     * The order page's "Cancel the order" form, for its shopper or a guest with the tracking token (a hidden field);
     * order-workflow decides whether it may still be cancelled. Cancelled: 303 back to the page, which then says so.
     * Refused: the page again, with order-workflow's reason (409) or the reason's error beside the field (400).
     */
    @POST
    @Path("/{id}/cancel")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Cancel an order as its shopper, or as a guest with its tracking token")
    @APIResponse(responseCode = "303", description = "cancelled (or cancelled before): back to the order's page")
    @APIResponse(responseCode = "400", description = "the page again, naming what is wrong with the reason")
    @APIResponse(responseCode = "404", description = "no such order that the viewer may follow")
    @APIResponse(responseCode = "409", description = "the page again, saying why the order may not be cancelled now")
    @APIResponse(responseCode = "503", description = "order-workflow is unavailable")
    public Response cancel(@PathParam("id") String id, @FormParam("token") String token,
            @FormParam("reason") String reason) {
        String orderId = OrderIds.validate(id);
        String trackingToken = TrackingCodes.clean(token);
        if (trackingToken == null && !viewer.signedIn()) {
            return signInFirst(orderId);
        }
        Access access = access(trackingToken);
        String typed = reason == null ? "" : reason.strip();
        if (typed.length() > CancelForm.REASON_MAX_LENGTH) {
            return refused(400, orderId, access, typed, "Your reason must be at most " + CancelForm.REASON_MAX_LENGTH
                    + " characters long.", "");
        }
        OrderCancel outcome = pages.cancel(orderId, access, typed.isEmpty() ? null : typed);
        if (outcome.cancelled()) {
            return Response.seeOther(URI.create(OrderLinks.withToken("/orders/" + orderId, trackingToken)
                    + (trackingToken == null ? "?" : "&") + "cancelled=1")).build();
        }
        if (outcome.notFound()) {
            throw new OrderNotFoundException(orderId);
        }
        Optional<String> reasonError = outcome.fieldError("reason");
        return refused(outcome.status(), orderId, access, typed, reasonError.map(CancelForm::sentence).orElse(""),
                reasonError.isPresent() ? "" : outcome.refusal());
    }

    @GET
    @Path("/{id}/timeline")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The live part of an order's page as it is now (htmx fragment)")
    public String timeline(@PathParam("id") String id, @QueryParam("token") String token) {
        String orderId = OrderIds.validate(id);
        return Templates.order$progress(pages.progress(orderId, access(TrackingCodes.clean(token)), viewer.role())
                .withFormToken(csrf.token())).render();
    }

    /**
     * The live part of an order's page as server-sent events ({@link LiveProgress}): {@code progress} with its HTML
     * at once and after every change, {@code done} when the order is finished. For whoever may see the page.
     */
    @GET
    @Path("/{id}/live")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The live part of an order's page, pushed after every change (server-sent events)")
    @APIResponse(responseCode = "200", description = "events progress (HTML) and, once the order is finished, done")
    @APIResponse(responseCode = "404", description = "no such order that the viewer may follow")
    @APIResponse(responseCode = "503", description = "too many streams are open: the browser asks again later")
    public Multi<OutboundSseEvent> live(@PathParam("id") String id, @QueryParam("token") String token,
            @Context Sse sse) {
        String orderId = OrderIds.validate(id);
        String trackingToken = TrackingCodes.clean(token);
        if (trackingToken == null && !viewer.signedIn()) {
            throw new OrderNotFoundException(orderId);
        }
        String formToken = csrf.token();
        Supplier<Access> access = accesses.renewing(viewer, trackingToken);
        ProgressView first = pages.progress(orderId, access.get(), viewer.role());
        return live.of(first, access, accesses.renewBy(viewer), viewer.role(), sse,
                progress -> Templates.order$progress(progress.withFormToken(formToken)).render());
    }

    private Response refused(int status, String orderId, Access access, String typed, String reasonError,
            String refusal) {
        OrderView view = page(orderId, access);
        view = view.withCancel(view.cancel().refused(typed, reasonError, refusal));
        return Response.status(status).type(HTML).entity(Templates.order(view, false, false, "").render()).build();
    }

    private Response noteRefused(String orderId, Access access, String typed, String error) {
        OrderView view = page(orderId, access);
        view = view.withNote(view.note().refused(typed, error));
        return Response.status(400).type(HTML).entity(Templates.order(view, false, false, "").render()).build();
    }

    /** Neither signed in nor holding the tracking link: sign in first, then come back to the order's page. */
    private static Response signInFirst(String orderId) {
        return Response.seeOther(UriBuilder.fromPath("/login").queryParam("next", "/orders/" + orderId).build())
                .build();
    }

    private OrderView page(String orderId, Access access) {
        OrderView view = pages.order(orderId, access, viewer.role());
        return view.withProgress(view.progress().withFormToken(csrf.token()));
    }

    private Access access(String trackingToken) {
        return accesses.of(viewer).withTrackingToken(trackingToken);
    }
}
