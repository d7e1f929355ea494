package com.phonesmith.web.support;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Escalation;
import com.phonesmith.web.backend.OrderPage;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * Support's page: the open incidents of order-workflow (each with a retry button, see
 * {@link IncidentRetryResource}), the orders it escalated because they are at risk of missing their promise or
 * missed it (each with Expedite, see {@link ExpediteResource}, and "Cancel with refund"), its dead letters (each with replay and discard, see
 * {@link DeadLetterResource}); find an order by its id, the buyer's e-mail, its handset's IMEI or its parcel's
 * tracking number (the last two at factory-adapter, see {@link FactorySearch}); the newest orders, each with a link to
 * "Cancel with refund" ({@link CancelOrderResource}). Without
 * order-workflow the orders still show, with notes that its lists could not be loaded.
 */
@Path("/support")
@RolesAllowed(Roles.SUPPORT)
public class SupportResource {
    private static final Logger LOG = Logger.getLogger(SupportResource.class);
    static final int PAGE_SIZE = 25;

    /** One order in the list, with its buyer. */
    public record OrderLine(String id, String model, String email, String price, DisplayTime placedAt) {
    }

    /**
     * The page; {@code notice} and {@code warning} say what the last retry, expedite, replay or discard did,
     * {@code searchMessage} why an IMEI or tracking number led to no order.
     */
    public record SupportPage(String notice, String warning, OpenIncidents incidents, EscalatedOrders atRisk,
            EscalatedOrders breached, OpenDeadLetters deadLetters,
            String query, String searchMessage, boolean byEmail, List<OrderLine> orders, long total, int page,
            boolean more) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance support(SupportPage page);
    }

    private final ConfiguratorBackend configurator;
    private final WorkflowBackend workflow;
    private final FactorySearch factory;
    private final Accesses accesses;
    private final Viewer viewer;
    private final WebConfig config;

    public SupportResource(ConfiguratorBackend configurator, WorkflowBackend workflow, FactorySearch factory,
            Accesses accesses, Viewer viewer, WebConfig config) {
        this.configurator = configurator;
        this.workflow = workflow;
        this.factory = factory;
        this.accesses = accesses;
        this.viewer = viewer;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The open incidents, the orders at risk and past their promise, the dead letters; find an"
            + " order by id, e-mail, IMEI or tracking number; the newest orders")
    public Response page(@QueryParam("q") String query, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("notice") String notice, @QueryParam("warning") String warning) {
        SearchQuery search = SearchQuery.of(query);
        String q = search.text();
        if (search.kind() == SearchQuery.Kind.ORDER_ID) {
            return toOrder(q.toLowerCase(java.util.Locale.ROOT));
        }
        Access access = accesses.of(viewer);
        String searchMessage = "";
        if (search.kind().askTheFactory()) {
            FactorySearch.Found found = factory.find(access, search);
            if (found.orderId().isPresent()) {
                return toOrder(found.orderId().get());
            }
            searchMessage = found.message();
        }
        boolean byEmail = search.kind() == SearchQuery.Kind.EMAIL;
        OrderPage orders = configurator.orders(access, page, PAGE_SIZE, byEmail ? q : null);
        List<OrderLine> lines = orders.items().stream().map(o -> new OrderLine(o.id(), o.model(), o.customerEmail(),
                Prices.format(o.priceMinor(), o.currency()), DisplayTime.of(o.placedAt(), config.displayZone())))
                .toList();
        SupportPage view = new SupportPage(orEmpty(notice), orEmpty(warning), openIncidents(access),
                escalated(access, Escalation.Kind.AT_RISK), escalated(access, Escalation.Kind.BREACHED),
                openDeadLetters(access), q, searchMessage, byEmail, lines, orders.total(), page,
                (long) (page + 1) * PAGE_SIZE < orders.total());
        return Response.ok(Templates.support(view).render(), MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    private static Response toOrder(String orderId) {
        return Response.seeOther(UriBuilder.fromPath("/orders/{id}").build(orderId)).build();
    }

    private OpenIncidents openIncidents(Access access) {
        try {
            return OpenIncidents.of(workflow.incidents(access), config.displayZone());
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
            return OpenIncidents.unavailable();
        }
    }

    private EscalatedOrders escalated(Access access, Escalation.Kind kind) {
        try {
            return EscalatedOrders.of(workflow.escalations(access, kind), kind, config.displayZone());
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
            return EscalatedOrders.unavailable();
        }
    }

    private OpenDeadLetters openDeadLetters(Access access) {
        try {
            return OpenDeadLetters.of(workflow.deadLetters(access), config.displayZone());
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
            return OpenDeadLetters.unavailable();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
