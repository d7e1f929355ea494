package com.phonesmith.web.order;

import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Order tracking pages: a signed-in shopper's own orders and every order for support, or any order whose
 * tracking token the link carries ({@code ?token=}), for a guest.
 */
@Path("/orders")
public class OrderResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance order(OrderView order, boolean justPlaced);

        /** The {@code progress} fragment of order.html: status and timeline, refreshed by htmx. */
        static native TemplateInstance order$progress(ProgressView progress);
    }

    private final OrderPages pages;
    private final Accesses accesses;
    private final Viewer viewer;

    public OrderResource(OrderPages pages, Accesses accesses, Viewer viewer) {
        this.pages = pages;
        this.accesses = accesses;
        this.viewer = viewer;
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
    @Operation(summary = "An order's page: configuration, price, status and live timeline")
    public Response order(@PathParam("id") String id, @QueryParam("token") String token,
            @QueryParam("placed") String placed) {
        String orderId = OrderIds.validate(id);
        String trackingToken = TrackingCodes.clean(token);
        if (trackingToken == null && !viewer.signedIn()) {
            // neither signed in nor holding the tracking link: sign in first, then come back
            return Response.seeOther(UriBuilder.fromPath("/login").queryParam("next", "/orders/" + orderId).build())
                    .build();
        }
        OrderView view = pages.order(orderId, access(trackingToken));
        return Response.ok(Templates.order(view, placed != null).render(), HTML).build();
    }

    @GET
    @Path("/{id}/timeline")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The live part of an order's page (htmx fragment)")
    public String timeline(@PathParam("id") String id, @QueryParam("token") String token) {
        String orderId = OrderIds.validate(id);
        return Templates.order$progress(pages.progress(orderId, access(TrackingCodes.clean(token)))).render();
    }

    private Access access(String trackingToken) {
        return accesses.of(viewer).withTrackingToken(trackingToken);
    }
}
