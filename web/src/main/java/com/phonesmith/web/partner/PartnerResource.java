package com.phonesmith.web.partner;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.MakerSales;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A handset maker's page: the orders of its phones by variant and week. A partner account sees its own maker only;
 * configurator-api enforces that too. Activations and payouts join this page with the activations service.
 */
@Path("/partner")
@RolesAllowed(Roles.PARTNER)
public class PartnerResource {
    public record Line(String model, String colour, int storageGb, long orders, String value) {
    }

    public record PartnerPage(String makerName, long orders, String value, List<Line> variants,
            List<MakerSales.WeekFigures> weeks) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partner(PartnerPage page);
    }

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;

    public PartnerResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer) {
        this.configurator = configurator;
        this.accesses = accesses;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The partner's maker's sales figures")
    public String page() {
        String maker = viewer.required().maker().orElse("");
        Optional<MakerSales> sales = configurator.sales(accesses.of(viewer), maker);
        PartnerPage page = sales.map(s -> new PartnerPage(s.name(), s.orders(), Prices.format(s.valueMinor(), s.currency()),
                s.variants().stream().map(v -> new Line(v.model(), v.colour(), v.storageGb(), v.orders(),
                        Prices.format(v.valueMinor(), s.currency()))).toList(), s.weeks()))
                .orElse(new PartnerPage(maker, 0, "", List.of(), List.of()));
        return Templates.partner(page).render();
    }
}
