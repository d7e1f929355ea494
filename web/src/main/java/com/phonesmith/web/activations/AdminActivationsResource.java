package com.phonesmith.web.activations;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.ActivationsBackend;
import com.phonesmith.web.backend.ActivationsBackend.StatementFormat;
import com.phonesmith.web.backend.MakerStatement;
import com.phonesmith.web.backend.MonthClose;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin's activations page: the year against the target of activated devices, by maker, model and week, and
 * the month close with each maker's statement of a closed month.
 */
@Path("/admin/activations")
@RolesAllowed(Roles.ADMIN)
public class AdminActivationsResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final int WEEKS = 12;
    private static final Pattern MONTH = StatementDownloads.MONTH;

    /** A maker's statement of the month shown, with its downloads. */
    public record StatementRow(String maker, long devicesInUse, String rate, String total, DisplayTime closedAt,
            String csvHref, String pdfHref) {
    }

    /**
     * The page. {@code month} is the month whose statements are shown ({@code statements} empty when it is not
     * closed); {@code closeError} is why the last close was refused, beside the form.
     */
    public record AdminActivationsPage(SummaryView summary, String month, boolean monthClosed,
            List<StatementRow> statements, String notice, String closeMonth, String closeError) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activations(AdminActivationsPage page);
    }

    private final ActivationsBackend activations;
    private final StatementDownloads downloads;
    private final Accesses accesses;
    private final Viewer viewer;
    private final Clock clock;
    private final WebConfig config;

    public AdminActivationsResource(ActivationsBackend activations, StatementDownloads downloads, Accesses accesses,
            Viewer viewer, Clock clock, WebConfig config) {
        this.activations = activations;
        this.downloads = downloads;
        this.accesses = accesses;
        this.viewer = viewer;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "Activations against the annual target, by maker, model and week; the month close")
    public String page(@QueryParam("month") String month, @QueryParam("notice") String notice) {
        String shown = month != null && MONTH.matcher(month).matches() ? month : lastMonth().toString();
        return render(shown, notice == null ? "" : notice, lastMonth().toString(), "");
    }

    @POST
    @Path("/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Close a month that is over: each maker's statement, immutable from then on")
    public Response close(@FormParam("month") String month) {
        String typed = month == null ? "" : month.trim();
        if (!MONTH.matcher(typed).matches()) {
            return refused(400, typed, "Month must be a month such as " + lastMonth() + ".");
        }
        MonthClose outcome = activations.closeMonth(access(), typed);
        if (outcome.closed().isEmpty()) {
            String reason = outcome.problem().map(p -> p.errors().isEmpty() ? p.detail()
                    : p.errors().get(0).reason()).orElse("the month could not be closed");
            return refused(outcome.status(), typed, "Month " + typed + ": " + reason + ".");
        }
        MonthClose.Closed closed = outcome.closed().get();
        String notice = closed.closedNow() ? "Closed " + typed + ": its statements are final."
                : typed + " was closed before, on " + DisplayTime.of(String.valueOf(closed.closedAt()),
                        config.displayZone()).text() + "; nothing changed.";
        if (!closed.makersWithoutContract().isEmpty()) {
            notice += " Devices of makers without a contract were not paid: "
                    + String.join(", ", closed.makersWithoutContract()) + ".";
        }
        return Response.seeOther(UriBuilder.fromPath("/admin/activations").queryParam("month", typed)
                .queryParam("notice", notice).build()).build();
    }

    @GET
    @Path("/statements/{maker}/{month}.csv")
    @Operation(summary = "A maker's closed statement as CSV")
    public Response csv(@PathParam("maker") String maker, @PathParam("month") String month) {
        return downloads.download(access(), maker, month, StatementFormat.CSV);
    }

    @GET
    @Path("/statements/{maker}/{month}.pdf")
    @Operation(summary = "A maker's closed statement as PDF")
    public Response pdf(@PathParam("maker") String maker, @PathParam("month") String month) {
        return downloads.download(access(), maker, month, StatementFormat.PDF);
    }

    private Response refused(int status, String typed, String reason) {
        return Response.status(status).type(HTML).entity(render(lastMonth().toString(), "", typed, reason)).build();
    }

    private String render(String month, String notice, String closeMonth, String closeError) {
        Access access = access();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SummaryView summary = SummaryView.of(activations.summary(access, WEEKS), today, WEEKS);
        Optional<List<MakerStatement>> statements = activations.monthStatements(access, month);
        List<StatementRow> rows = statements.orElse(List.of()).stream().map(s -> new StatementRow(s.maker(),
                s.devicesInUse(), Prices.format(s.rateMinor(), s.currency()), Prices.format(s.totalMinor(), s.currency()),
                DisplayTime.of(String.valueOf(s.closedAt()), config.displayZone()),
                "/admin/activations/statements/" + s.maker() + "/" + month + ".csv",
                "/admin/activations/statements/" + s.maker() + "/" + month + ".pdf")).toList();
        return Templates.activations(new AdminActivationsPage(summary, month, statements.isPresent(), rows, notice,
                closeMonth, closeError)).render();
    }

    private YearMonth lastMonth() {
        return YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)).minusMonths(1);
    }

    private Access access() {
        return accesses.of(viewer);
    }
}
