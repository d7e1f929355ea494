package com.phonesmith.web.catalogadmin;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Launch;
import com.phonesmith.web.backend.LaunchPage;
import com.phonesmith.web.backend.PlacedOrder;
import com.phonesmith.web.form.FormProblem;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin's launches: configurator-api's launches (newest window first, {@value #PAGE_SIZE} a page) with their
 * windows and per variant the units, sold and left; and the form that creates one. The form's window is typed in the
 * display zone; what web can check is checked before configurator-api is asked, and configurator-api's refusals
 * (a code taken, a window overlapping another launch of the model, a variant it does not sell) are shown beside the
 * fields they name. Each call carries the signed-in admin's token.
 */
@Path("/admin/launches")
@RolesAllowed(Roles.ADMIN)
public class LaunchesResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final int PAGE_SIZE = 50;
    private static final Map<String, String> SUBJECTS = Map.of("code", "The code", "model", "The model", "opensAt",
            "The opening time", "closesAt", "The closing time", "perCustomer", "The limit per buyer", "quotas",
            "The units");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance launches(LaunchesPage page);
    }

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;
    private final Clock clock;
    private final WebConfig config;

    public LaunchesResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer, Clock clock,
            WebConfig config) {
        this.configurator = configurator;
        this.accesses = accesses;
        this.viewer = viewer;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "The launches, newest window first, with the units sold and left per variant; the form that"
            + " creates one (model: the model whose variants the form shows)")
    public String page(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("model") String model, @QueryParam("notice") String notice,
            @HeaderParam("HX-Request") String htmx) {
        Catalog catalog = configurator.catalog();
        String chosen = catalog.models().stream().map(Catalog.Model::code).filter(c -> c.equals(model)).findFirst()
                .orElse(catalog.models().isEmpty() ? "" : catalog.models().get(0).code());
        // htmx asks for the variants of another model only: the list is not needed then
        Optional<LaunchPage> launches = "true".equals(htmx) ? Optional.empty()
                : configurator.launches(accesses.of(viewer), page, PAGE_SIZE);
        return render(launches, catalog, page, notice, LaunchesPage.emptyForm(catalog, chosen, config.displayZone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Create a launch: 303 back with a notice, or the form again with the reason beside each field"
            + " web or configurator-api refused")
    public Response create(@FormParam("code") String code, @FormParam("model") String model,
            @FormParam("opensAt") String opensAt, @FormParam("closesAt") String closesAt,
            @FormParam("perCustomer") String perCustomer, @FormParam("variant") List<String> variants,
            @FormParam("units") List<String> units) {
        Catalog catalog = configurator.catalog();
        LaunchForm.Typed typed = new LaunchForm.Typed(code, model, opensAt, closesAt, perCustomer, variants, units);
        LaunchForm.Parsed parsed;
        try {
            parsed = LaunchForm.parse(typed, catalog, config.displayZone());
        } catch (FormProblem problem) {
            return refused(400, catalog, typed, problem.errors(), List.of());
        }
        CommandOutcome<Launch> outcome = configurator.createLaunch(accesses.of(viewer), parsed.request());
        if (!outcome.done()) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> formErrors = new ArrayList<>();
            for (PlacedOrder.FieldError error : outcome.errors()) {
                Optional<String> field = LaunchForm.formField(error.field(), parsed.rowOfQuota());
                String subject = field.map(f -> SUBJECTS.getOrDefault(f, parsed.rowOfQuota().stream()
                        .filter(r -> r.field().equals(f)).map(LaunchForm.VariantRow::label).findFirst()
                        .orElse("The units"))).orElse("The launch");
                String reason = Refusals.sentence(subject, error.reason());
                if (field.isPresent()) {
                    errors.merge(field.get(), reason, (a, b) -> a + " " + b);
                } else if (!reason.isEmpty()) {
                    formErrors.add(reason);
                }
            }
            if (errors.isEmpty() && formErrors.isEmpty()) {
                formErrors.add(outcome.detail().isBlank() ? "configurator-api refused the launch (HTTP "
                        + outcome.status() + ")." : Refusals.asSentence(outcome.detail()));
            }
            return refused(outcome.status(), catalog, typed, errors, formErrors);
        }
        return Response.seeOther(UriBuilder.fromPath("/admin/launches").queryParam("notice", created(parsed, catalog))
                .build()).build();
    }

    private String created(LaunchForm.Parsed parsed, Catalog catalog) {
        var request = parsed.request();
        String model = catalog.models().stream().filter(m -> m.code().equals(request.model()))
                .map(Catalog.Model::name).findFirst().orElse(request.model());
        long units = request.quotas().stream().mapToLong(q -> q.units()).sum();
        int variants = request.quotas().size();
        return "Launch " + request.code() + " of the " + model + " created: pre-orders open "
                + DisplayTime.of(request.opensAt(), config.displayZone()).text() + " and close "
                + DisplayTime.of(request.closesAt(), config.displayZone()).text() + ", "
                + LaunchesPage.number(units) + " units in " + variants + (variants == 1 ? " variant" : " variants")
                + ", at most " + request.perCustomer() + " per buyer.";
    }

    private Response refused(int status, Catalog catalog, LaunchForm.Typed typed, Map<String, String> errors,
            List<String> formErrors) {
        Optional<LaunchPage> launches = configurator.launches(accesses.of(viewer), 0, PAGE_SIZE);
        String page = render(launches, catalog, 0, "", LaunchesPage.form(catalog, typed, errors, formErrors,
                config.displayZone()));
        return Response.status(status).type(HTML).entity(page).build();
    }

    private String render(Optional<LaunchPage> launches, Catalog catalog, int page, String notice,
            LaunchesPage.FormView form) {
        return Templates.launches(LaunchesPage.of(launches, catalog, config.displayZone(), clock.instant(), page,
                notice, form)).render();
    }
}
