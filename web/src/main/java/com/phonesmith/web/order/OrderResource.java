package com.phonesmith.web.order;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** Order tracking pages. */
@Path("/orders")
public class OrderResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance order(OrderView order);

        /** The {@code progress} fragment of order.html: status and timeline, refreshed by htmx. */
        static native TemplateInstance order$progress(ProgressView progress);
    }

    private final OrderPages pages;

    public OrderResource(OrderPages pages) {
        this.pages = pages;
    }

    /** Target of the "Track an order" form: {@code /orders?id=X} redirects (303) to {@code /orders/X}. */
    @GET
    public Response track(@QueryParam("id") String id) {
        String orderId = OrderIds.validate(id);
        return Response.seeOther(UriBuilder.fromPath("/orders/{id}").build(orderId)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(HTML)
    public String order(@PathParam("id") String id) {
        return Templates.order(pages.order(OrderIds.validate(id))).render();
    }

    @GET
    @Path("/{id}/timeline")
    @Produces(HTML)
    public String timeline(@PathParam("id") String id) {
        return Templates.order$progress(pages.progress(OrderIds.validate(id))).render();
    }
}
