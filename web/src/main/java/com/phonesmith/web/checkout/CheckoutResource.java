package com.phonesmith.web.checkout;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.account.Person;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.OrderRequest;
import com.phonesmith.web.backend.PlacedOrder;
import com.phonesmith.web.form.FormProblem;
import com.phonesmith.web.order.OrderLinks;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Ordering a phone, as a guest or as a signed-in shopper; a guest leaves with the order's tracking link. */
@Path("/order")
public class CheckoutResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkout(CheckoutForm form);
    }

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;

    public CheckoutResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer) {
        this.configurator = configurator;
        this.accesses = accesses;
        this.viewer = viewer;
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The order form")
    public String form() {
        String email = viewer.person().flatMap(Person::email).orElse("");
        return Templates.checkout(CheckoutForm.of(configurator.catalog(), null, Set.of(), Set.of(), email,
                UUID.randomUUID().toString(), Map.of(), null)).render();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Place the order of the form: to its page, or the form again naming what is wrong")
    public Response place(@FormParam("variant") String variant, @FormParam("features") List<String> features,
            @FormParam("apps") List<String> apps, @FormParam("removed") List<String> removed,
            @FormParam("email") String email, @FormParam("idempotencyKey") String key) {
        OrderRequest request;
        try {
            request = CheckoutForm.request(variant, features, apps, removed, email, key);
        } catch (FormProblem problem) {
            return again(400, variant, features, apps, email, key, problem.errors(), null).build();
        }
        boolean guest = !viewer.signedIn();
        Access access = guest ? accesses.forGuest(viewer) : accesses.of(viewer);
        PlacedOrder placed = configurator.place(access, key, request);
        if (placed.order().isPresent()) {
            Order order = placed.order().get();
            String page = guest ? OrderLinks.tracking(order.id(), order.trackingToken()) : "/orders/" + order.id();
            return Response.seeOther(URI.create(page + (page.contains("?") ? "&" : "?") + "placed=1")).build();
        }
        PlacedOrder.ProblemBody problem = placed.problem().orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(CheckoutForm.formFieldOf(e.field()), e.reason()));
        String general = errors.remove("form");
        if (placed.status() == 403 && viewer.person().filter(p -> !Roles.SHOPPER.equals(p.role())).isPresent()) {
            general = "Staff and partner accounts do not place orders: sign out to order as a guest.";
        } else if (general == null) {
            general = problem.detail();
        }
        Response.ResponseBuilder response = again(placed.status(), variant, features, apps, email,
                placed.status() == 422 && errors.isEmpty() ? UUID.randomUUID().toString() : key, errors, general);
        placed.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, wait));
        return response.build();
    }

    private Response.ResponseBuilder again(int status, String variant, List<String> features, List<String> apps,
            String email, String key, Map<String, String> errors, String problem) {
        CheckoutForm form = CheckoutForm.of(configurator.catalog(), variant, Set.copyOf(orEmpty(features)),
                Set.copyOf(orEmpty(apps)), email, key == null ? UUID.randomUUID().toString() : key, errors, problem);
        return Response.status(status).type(HTML).entity(Templates.checkout(form).render());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
