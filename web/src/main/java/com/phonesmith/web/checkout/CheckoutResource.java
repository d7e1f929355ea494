package com.phonesmith.web.checkout;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.account.Person;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.OrderRequest;
import com.phonesmith.web.backend.PlacedOrder;
import com.phonesmith.web.backend.Quote;
import com.phonesmith.web.backend.QuoteRequest;
import com.phonesmith.web.backend.Quoted;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Ordering a phone, as a guest or as a signed-in shopper, in two steps: the review of a quote (the price line by line,
 * held for a while), then the order at that price. A guest leaves with the order's tracking link.
 */
@Path("/order")
public class CheckoutResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkout(CheckoutForm form);

        static native TemplateInstance review(ReviewView review);
    }

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;
    private final WebConfig config;

    public CheckoutResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer, WebConfig config) {
        this.configurator = configurator;
        this.config = config;
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
    @Operation(summary = "Without a quote: the review page with a quote of the form's configuration. With one: place"
            + " the order at the quoted price, to its page; or the review again with a new quote if the price changed"
            + " or the quote expired, or the form again naming what is wrong")
    public Response place(@FormParam("variant") String variant, @FormParam("features") List<String> features,
            @FormParam("apps") List<String> apps, @FormParam("removed") List<String> removed,
            @FormParam("email") String email, @FormParam("idempotencyKey") String key,
            @FormParam("quoteId") String quoteId, @FormParam("shownTotal") String shownTotal,
            @FormParam("paymentMethod") String paymentMethod) {
        OrderRequest request;
        try {
            request = CheckoutForm.request(variant, features, apps, removed, email, key, quoteId, paymentMethod);
        } catch (FormProblem problem) {
            return again(400, variant, features, apps, email, key, problem.errors(), null).build();
        }
        if (request.quoteId() == null) {
            return review(request, key, shownTotalOf(shownTotal), Map.of(), null);
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
        Optional<String> quoteRefused = problem.errors().stream().filter(e -> "quoteId".equals(e.field()))
                .map(PlacedOrder.FieldError::reason).findFirst();
        if (quoteRefused.isPresent()) {
            return review(request.withQuote(null), key, null, Map.of(), quoteNotice(quoteRefused.get()));
        }
        if (errors.containsKey("paymentMethod") && placed.status() == 503) {
            return review(request.withQuote(null), key, null, Map.of(), "The payment provider did not answer in"
                    + " time. Nothing was charged and no order was placed: try again.");
        }
        if (Set.of("email", "paymentMethod").containsAll(errors.keySet()) && !errors.isEmpty()) {
            return review(request.withQuote(null), key, null, errors, null);
        }
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

    /** The review page with a new quote of the request; the order form with the problem if there is no quote. */
    private Response review(OrderRequest request, String key, Long shownTotal, Map<String, String> errors,
            String notice) {
        Quoted quoted = configurator.quote(QuoteRequest.of(request));
        if (quoted.quote().isEmpty()) {
            PlacedOrder.ProblemBody problem = quoted.problem().orElseThrow();
            Map<String, String> formErrors = new LinkedHashMap<>();
            problem.errors().forEach(e -> formErrors.putIfAbsent(CheckoutForm.formFieldOf(e.field()), e.reason()));
            String general = formErrors.remove("form");
            return again(quoted.status(), request.model() + "|" + request.colour() + "|" + request.storageGb(),
                    request.features(), request.apps(), request.customerEmail(), key, formErrors,
                    general == null ? problem.detail() : general).build();
        }
        Quote quote = quoted.quote().get();
        String shown = notice != null ? notice : ReviewView.priceNotice(shownTotal, quote);
        ReviewView view = ReviewView.of(quote, request, key, shown, errors, config.displayZone());
        return Response.status(errors.isEmpty() ? 200 : 422).type(HTML).entity(Templates.review(view).render())
                .build();
    }

    /** What the shopper is told when the order's quote no longer holds, from configurator-api's reason. */
    static String quoteNotice(String reason) {
        if (reason.startsWith("the price changed")) {
            return "The price changed since we quoted it. Here is the current price: check it and place the order"
                    + " again.";
        }
        if (reason.startsWith("the delivery promised changed")) {
            return "The delivery date we quoted can no longer be kept. Here is the date we can promise now: check it"
                    + " and place the order again.";
        }
        if (reason.startsWith("expired")) {
            return "The price we quoted was held for a limited time, which has passed. Here is the current price:"
                    + " check it and place the order again.";
        }
        return "We could not hold the price of this order. Here is the current price: check it and place the order"
                + " again.";
    }

    private static Long shownTotalOf(String value) {
        if (value == null || !value.matches("\\d{1,15}")) {
            return null;
        }
        return Long.valueOf(value);
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
