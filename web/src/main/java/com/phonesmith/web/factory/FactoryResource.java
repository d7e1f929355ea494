package com.phonesmith.web.factory;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.FactoryBackend;
import com.phonesmith.web.backend.HandsetPage;
import com.phonesmith.web.backend.WorkOrder;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.order.OrderIds;
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
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The factory's page for operators (and support): handset stock by status, and a work order by its order id.
 * Nothing here holds a buyer's personal data.
 */
@Path("/factory")
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
public class FactoryResource {
    static final int PAGE_SIZE = 50;
    static final Set<String> STATUSES = Set.of("AVAILABLE", "RESERVED", "SHIPPED");

    public record FactoryPage(String status, HandsetPage handsets, boolean more, String orderId,
            Optional<WorkOrder> workOrder, boolean workOrderMissing) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance factory(FactoryPage page);
    }

    private final FactoryBackend factory;
    private final Accesses accesses;
    private final Viewer viewer;

    public FactoryResource(FactoryBackend factory, Accesses accesses, Viewer viewer) {
        this.factory = factory;
        this.accesses = accesses;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Handset stock and a work order")
    public String page(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("orderId") String orderId) {
        String chosen = status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT);
        if (chosen != null && !STATUSES.contains(chosen)) {
            throw new InvalidInputException("status", "Status", "must be AVAILABLE, RESERVED or SHIPPED");
        }
        var access = accesses.of(viewer);
        HandsetPage handsets = factory.handsets(access, chosen, page, PAGE_SIZE);
        String order = orderId == null || orderId.isBlank() ? "" : OrderIds.validate(orderId);
        Optional<WorkOrder> workOrder = order.isEmpty() ? Optional.empty() : factory.workOrder(access, order);
        return Templates.factory(new FactoryPage(chosen == null ? "" : chosen, handsets,
                (long) (page + 1) * PAGE_SIZE < handsets.total(), order, workOrder,
                !order.isEmpty() && workOrder.isEmpty())).render();
    }
}
