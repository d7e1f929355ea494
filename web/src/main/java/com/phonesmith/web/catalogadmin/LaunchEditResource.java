package com.phonesmith.web.catalogadmin;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.Launch;
import com.phonesmith.web.backend.LaunchChange;
import com.phonesmith.web.backend.PlacedOrder;
import com.phonesmith.web.form.FormProblem;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * The admin's changes to one launch on the launches page: its edit form (the end, the limit per buyer, the units of
 * each variant; only what differs is sent to configurator-api's {@code PATCH /api/launches/{code}}) and its End now
 * button ({@code POST /api/launches/{code}/end}). What web can check is checked first; web's and configurator-api's
 * refusals are shown beside the fields of that launch's form, which is shown again as typed.
 */
@Path("/admin/launches/{code}")
@RolesAllowed(Roles.ADMIN)
public class LaunchEditResource {
    private static final Map<String, String> SUBJECTS = Map.of("closesAt", "The closing time", "perCustomer",
            "The limit per buyer", "quotas", "The units");

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;
    private final Clock clock;
    private final WebConfig config;

    public LaunchEditResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer, Clock clock,
            WebConfig config) {
        this.configurator = configurator;
        this.accesses = accesses;
        this.viewer = viewer;
        this.clock = clock;
        this.config = config;
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(LaunchesResource.HTML)
    @Operation(summary = "Change a running launch (its end, limit per buyer, units of each variant): 303 back with a"
            + " notice, or the page again with the reason beside each field web or configurator-api refused")
    public Response edit(@PathParam("code") String code, @FormParam("closesAt") String closesAt,
            @FormParam("perCustomer") String perCustomer, @FormParam("variant") List<String> variants,
            @FormParam("units") List<String> units) {
        LaunchEditForm.Typed typed = new LaunchEditForm.Typed(closesAt, perCustomer, variants, units);
        Optional<Launch> launch = configurator.launch(code);
        if (launch.isEmpty()) {
            return page(404, "There is no launch " + code + ".", Optional.empty());
        }
        if (!launch.get().runningAt(clock.instant())) {
            return page(409, "Launch " + code + " " + over(launch.get()) + ": it can no longer change.",
                    Optional.empty());
        }
        LaunchEditForm.Parsed parsed;
        try {
            parsed = LaunchEditForm.parse(typed, launch.get(), config.displayZone(), clock.instant());
        } catch (FormProblem problem) {
            return refused(400, code, typed, problem.errors(), List.of());
        }
        if (parsed.change().empty()) {
            return back("Launch " + code + " is unchanged: nothing differed from what it has.");
        }
        CommandOutcome<Launch> outcome = configurator.changeLaunch(accesses.of(viewer), code, parsed.change());
        if (!outcome.done()) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> formErrors = new ArrayList<>();
            for (PlacedOrder.FieldError error : outcome.errors()) {
                Optional<String> field = LaunchEditForm.formField(error.field(), parsed.rowOfQuota());
                String subject = field.map(f -> SUBJECTS.getOrDefault(f, parsed.rowOfQuota().stream()
                        .filter(r -> r.field().equals(f)).map(r -> "The units of " + r.label()).findFirst()
                        .orElse("The units"))).orElse("The launch");
                String reason = Refusals.sentence(subject, error.reason());
                if (field.isPresent()) {
                    errors.merge(field.get(), reason, (a, b) -> a + " " + b);
                } else if (!reason.isEmpty()) {
                    formErrors.add(reason);
                }
            }
            if (errors.isEmpty() && formErrors.isEmpty()) {
                formErrors.add(outcome.detail().isBlank() ? "configurator-api refused the change (HTTP "
                        + outcome.status() + ")." : Refusals.asSentence(outcome.detail()));
            }
            return refused(outcome.status(), code, typed, errors, formErrors);
        }
        return back(changed(code, parsed, launch.get()));
    }

    @POST
    @Path("/end")
    @Produces(LaunchesResource.HTML)
    @Operation(summary = "End a launch now: 303 back with a notice saying it ended, or the page with the refusal")
    public Response end(@PathParam("code") String code) {
        CommandOutcome<Launch> outcome = configurator.endLaunch(accesses.of(viewer), code);
        if (!outcome.done()) {
            String why = outcome.status() == 404 ? "There is no launch " + code + "."
                    : "Launch " + code + " was not ended: " + Refusals.asSentence(outcome.detail());
            return page(outcome.status(), why, Optional.empty());
        }
        Launch ended = outcome.body().orElseThrow();
        long sold = ended.quotas().stream().mapToLong(Launch.Quota::sold).sum();
        String how = ended.endedAt() != null ? "ended at " + DisplayTime.of(ended.endedAt().toString(),
                config.displayZone()).text() : over(ended);
        return back("Launch " + code + " " + how + ", with " + LaunchesPage.number(sold)
                + (sold == 1 ? " unit" : " units") + " sold; its model is sold as usual from now on.");
    }

    private String over(Launch launch) {
        return launch.endedAt() != null ? "was ended at " + DisplayTime.of(launch.endedAt().toString(),
                config.displayZone()).text() : "closed at " + DisplayTime.of(String.valueOf(launch.closesAt()),
                config.displayZone()).text();
    }

    private String changed(String code, LaunchEditForm.Parsed parsed, Launch launch) {
        LaunchChange change = parsed.change();
        List<String> parts = new ArrayList<>();
        if (change.closesAt() != null) {
            parts.add("it closes " + DisplayTime.of(change.closesAt(), config.displayZone()).text());
        }
        if (change.perCustomer() != null) {
            parts.add("at most " + change.perCustomer() + " per buyer");
        }
        for (int i = 0; change.quotas() != null && i < change.quotas().size(); i++) {
            parts.add(LaunchesPage.number(change.quotas().get(i).units()) + " units of "
                    + parsed.rowOfQuota().get(i).label());
        }
        return "Launch " + code + " changed: " + String.join(", ", parts) + ".";
    }

    private Response back(String notice) {
        return Response.seeOther(UriBuilder.fromPath("/admin/launches").queryParam("notice", notice).build()).build();
    }

    private Response refused(int status, String code, LaunchEditForm.Typed typed, Map<String, String> errors,
            List<String> formErrors) {
        return page(status, "", Optional.of(new LaunchesPage.RefusedEdit(code, typed, errors, formErrors)));
    }

    private Response page(int status, String notice, Optional<LaunchesPage.RefusedEdit> refused) {
        Catalog catalog = configurator.catalog();
        String chosen = catalog.models().isEmpty() ? "" : catalog.models().get(0).code();
        String html = LaunchesResource.Templates.launches(LaunchesPage.of(
                configurator.launches(accesses.of(viewer), 0, LaunchesResource.PAGE_SIZE), catalog,
                config.displayZone(), clock.instant(), 0, notice,
                LaunchesPage.emptyForm(catalog, chosen, config.displayZone()), refused)).render();
        return Response.status(status).type(LaunchesResource.HTML).entity(html).build();
    }
}
