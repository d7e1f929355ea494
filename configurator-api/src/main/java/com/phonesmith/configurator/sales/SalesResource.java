package com.phonesmith.configurator.sales;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.order.OrderFigures;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/makers/{maker}/sales")
@Produces(MediaType.APPLICATION_JSON)
public class SalesResource {
    static final Duration WEEKS_SHOWN = Duration.ofDays(7 * 12);

    private final CatalogService catalog;
    private final OrderFigures figures;
    private final CurrentCaller caller;
    private final Clock clock;

    public SalesResource(CatalogService catalog, OrderFigures figures, CurrentCaller caller, Clock clock) {
        this.catalog = catalog;
        this.figures = figures;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "A maker's sales: orders and their value by variant, and orders by week for twelve weeks;"
            + " a partner reads only its own maker's")
    @APIResponse(responseCode = "200", description = "the maker's figures")
    @APIResponse(responseCode = "404", description = "no such maker, or another maker than the partner's own")
    public MakerSales sales(@PathParam("maker") String maker) {
        Catalog current = catalog.current();
        Catalog.Maker known = current.maker(maker).filter(m -> SalesAccess.mayRead(caller.get(), m.code()))
                .orElseThrow(() -> ProblemException.notFound("no maker " + maker));
        List<OrderFigures.VariantFigures> variants = figures.byVariant(known.code());
        return new MakerSales(known.code(), known.name(), current.currency(),
                variants.stream().mapToLong(OrderFigures.VariantFigures::orders).sum(),
                variants.stream().mapToLong(OrderFigures.VariantFigures::valueMinor).sum(),
                variants, figures.byWeek(known.code(), clock.instant().minus(WEEKS_SHOWN)));
    }
}
