package com.phonesmith.web.partner;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.activations.StatementDownloads;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.ActivationsBackend;
import com.phonesmith.web.backend.ActivationsBackend.StatementFormat;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.MakerActivations;
import com.phonesmith.web.backend.MakerSales;
import com.phonesmith.web.backend.MakerStatement;
import com.phonesmith.web.backend.MonthToDate;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * A handset maker's page: its devices activated and in use, its payouts (the running month and the closed
 * statements, to download), and the orders of its phones. A partner account sees its own maker only: the maker
 * comes from the account, never from the request, and the services enforce it again with the partner's token.
 */
@Path("/partner")
@RolesAllowed(Roles.PARTNER)
public class PartnerResource {
    private static final Logger LOG = Logger.getLogger(PartnerResource.class);
    static final int WEEKS = 12;

    public record Line(String model, String colour, int storageGb, long orders, String value) {
    }

    /** The page; without activation figures, {@code activationsNote} says why. */
    public record PartnerPage(String makerName, long orders, String value, List<Line> variants,
            List<MakerSales.WeekFigures> weeks, Optional<ActivationsView> activations, String activationsNote) {

        /** The page with its activations part, or without one and the note that says why. */
        PartnerPage withActivations(Optional<ActivationsView> view, String noteWhenMissing) {
            return new PartnerPage(makerName, orders, value, variants, weeks, view,
                    view.isPresent() ? "" : noteWhenMissing);
        }
    }

    static final String NO_CONTRACT = "Activations are counted and paid once your maker has a payout contract with"
            + " us; please ask your Phonesmith contact.";
    static final String UNAVAILABLE = "Activation figures are unavailable right now; nothing is lost, please try"
            + " again in a minute.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partner(PartnerPage page);
    }

    private final ConfiguratorBackend configurator;
    private final ActivationsBackend activations;
    private final StatementDownloads downloads;
    private final Accesses accesses;
    private final Viewer viewer;
    private final Clock clock;
    private final WebConfig config;

    public PartnerResource(ConfiguratorBackend configurator, ActivationsBackend activations,
            StatementDownloads downloads, Accesses accesses, Viewer viewer, Clock clock, WebConfig config) {
        this.configurator = configurator;
        this.activations = activations;
        this.downloads = downloads;
        this.accesses = accesses;
        this.viewer = viewer;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The partner's maker's devices, payouts and orders")
    public String page() {
        String maker = maker();
        Access access = accesses.of(viewer);
        Optional<MakerSales> sales = configurator.sales(access, maker);
        PartnerPage page = sales.map(s -> new PartnerPage(s.name(), s.orders(), Prices.format(s.valueMinor(), s.currency()),
                s.variants().stream().map(v -> new Line(v.model(), v.colour(), v.storageGb(), v.orders(),
                        Prices.format(v.valueMinor(), s.currency()))).toList(), s.weeks(), Optional.empty(), ""))
                .orElse(new PartnerPage(maker, 0, "", List.of(), List.of(), Optional.empty(), ""));
        try {
            page = page.withActivations(activationsOf(access, maker), NO_CONTRACT);
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
            page = page.withActivations(Optional.empty(), UNAVAILABLE);
        }
        return Templates.partner(page).render();
    }

    @GET
    @Path("/statements/{month}.csv")
    @Operation(summary = "One of the maker's closed statements as CSV")
    public Response csv(@PathParam("month") String month) {
        return downloads.download(accesses.of(viewer), maker(), month, StatementFormat.CSV);
    }

    @GET
    @Path("/statements/{month}.pdf")
    @Operation(summary = "One of the maker's closed statements as PDF")
    public Response pdf(@PathParam("month") String month) {
        return downloads.download(accesses.of(viewer), maker(), month, StatementFormat.PDF);
    }

    private String maker() {
        return viewer.required().maker().orElse("");
    }

    /**
     * The activations part of the page, or empty when the activations service knows no such maker (no contract
     * yet). An unavailable service is an exception, which the page turns into a note: the orders still show.
     */
    private Optional<ActivationsView> activationsOf(Access access, String maker) {
        Optional<MakerActivations> figures = activations.activations(access, maker, WEEKS);
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Optional<MonthToDate> month = activations.monthToDate(access, maker);
        Optional<List<MakerStatement>> statements = activations.statements(access, maker);
        if (month.isEmpty() || statements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ActivationsView.of(figures.get(), month.get(), statements.get(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), WEEKS, config.displayZone()));
    }
}
