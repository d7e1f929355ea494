package com.phonesmith.web.account;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.OrderPage;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.order.OrderStatus;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A shopper's page: their orders, newest first. */
@Path("/account")
public class AccountResource {
    static final int PAGE_SIZE = 20;

    /** One order in the list. */
    public record OrderLine(String id, String model, String price, DisplayTime placedAt, OrderStatus status) {
    }

    /** The page. */
    public record AccountPage(String name, boolean welcome, List<OrderLine> orders, int page, boolean more) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountPage page);
    }

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;
    private final WebConfig config;

    public AccountResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer, WebConfig config) {
        this.configurator = configurator;
        this.accesses = accesses;
        this.viewer = viewer;
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.SHOPPER)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "A shopper's orders")
    public String page(@QueryParam("page") @DefaultValue("0") @Min(0) int page, @QueryParam("welcome") String welcome) {
        OrderPage orders = configurator.orders(accesses.of(viewer), page, PAGE_SIZE, null);
        List<OrderLine> lines = orders.items().stream().map(o -> new OrderLine(o.id(), o.model(),
                Prices.format(o.priceMinor(), o.currency()), DisplayTime.of(o.placedAt(), config.displayZone()),
                OrderStatus.current(null, o.status()))).toList();
        return Templates.account(new AccountPage(viewer.name(), welcome != null, lines, page,
                (long) (page + 1) * PAGE_SIZE < orders.total())).render();
    }
}
