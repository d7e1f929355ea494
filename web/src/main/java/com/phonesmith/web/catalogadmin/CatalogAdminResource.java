package com.phonesmith.web.catalogadmin;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.CatalogRule;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.PlacedOrder;
import com.phonesmith.web.catalogadmin.CatalogAdminPage.PriceRefusal;
import com.phonesmith.web.catalogadmin.CatalogAdminPage.Refusal;
import com.phonesmith.web.catalogadmin.CatalogAdminPage.RuleForm;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin's catalog: each OS feature's and app's price (configurator-api's public catalog) with a form to change
 * it, the rules (configurator-api's admin list) with a Remove button each, and a form to add one. What web can check
 * (a price in euros, two different options) is checked before configurator-api is asked; configurator-api's
 * refusals (a rule that makes the catalog unsound, one that exists, one that is gone) are shown in its words beside
 * the form. Each call carries the signed-in admin's token.
 */
@Path("/admin/catalog")
@RolesAllowed(Roles.ADMIN)
public class CatalogAdminResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final Set<String> KINDS = Set.of(CatalogRule.REQUIRES, CatalogRule.EXCLUDES);
    private static final Map<String, String> RULE_SUBJECTS = Map.of("kind", "The kind", "option", "The option",
            "other", "The other option");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(CatalogAdminPage page);
    }

    private final ConfiguratorBackend configurator;
    private final Accesses accesses;
    private final Viewer viewer;

    public CatalogAdminResource(ConfiguratorBackend configurator, Accesses accesses, Viewer viewer) {
        this.configurator = configurator;
        this.accesses = accesses;
        this.viewer = viewer;
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "Each OS feature's and app's price with a form to change it; the rules, to remove one or add"
            + " one")
    public String page(@QueryParam("notice") String notice) {
        return render(configurator.catalog(), null, null, RuleForm.empty(), notice);
    }

    @POST
    @Path("/options/{code}/price")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Change an option's price, typed in the catalog's currency (\"12.99\"): 303 back with a"
            + " notice; a price that is not one is refused beside its field before configurator-api is asked")
    public Response changePrice(@PathParam("code") String code, @FormParam("price") String price) {
        Catalog catalog = configurator.catalog();
        String typed = price == null ? "" : price.strip();
        long minor;
        try {
            minor = PriceInput.minorUnits(typed, catalog.currency());
        } catch (IllegalArgumentException notAPrice) {
            return refused(400, catalog, new PriceRefusal(code, typed, notAPrice.getMessage()), null, RuleForm.empty());
        }
        CommandOutcome<Void> outcome = configurator.changePrice(access(), code, minor);
        String name = CatalogAdminPage.name(catalog, code);
        if (!outcome.done()) {
            List<String> reasons = reasons(outcome, Map.of(), "The price", Set.of());
            return refused(outcome.status(), catalog, new PriceRefusal(code, typed, "The price of " + name
                    + " was not changed: " + String.join(" ", reasons)), null, RuleForm.empty());
        }
        String was = CatalogAdminPage.option(catalog, code)
                .map(o -> " (was " + Prices.format(o.priceMinor(), catalog.currency()) + ")").orElse("");
        return back("The price of " + name + " is now " + Prices.format(minor, catalog.currency()) + was
                + ". Quotes given before no longer hold.");
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Add a rule (an option requires or excludes another): 303 back with a notice, or the form"
            + " again with configurator-api's reasons (a catalog that would contradict itself, a rule that exists)")
    public Response addRule(@FormParam("kind") String kind, @FormParam("option") String option,
            @FormParam("other") String other) {
        Catalog catalog = configurator.catalog();
        CatalogRule rule = new CatalogRule(trim(kind), trim(option), trim(other));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!KINDS.contains(rule.kind())) {
            errors.put("kind", "Choose whether the option requires or excludes the other.");
        }
        if (rule.option().isEmpty()) {
            errors.put("option", "Choose the option the rule is about.");
        }
        if (rule.other().isEmpty()) {
            errors.put("other", "Choose the option it requires or excludes.");
        } else if (rule.other().equals(rule.option())) {
            errors.put("other", "Choose another option than " + CatalogAdminPage.name(catalog, rule.option())
                    + ": an option cannot require or exclude itself.");
        }
        if (!errors.isEmpty()) {
            return refused(400, catalog, null, null, new RuleForm(rule.kind(), rule.option(), rule.other(), errors,
                    null));
        }
        CommandOutcome<Void> outcome = configurator.addRule(access(), rule);
        String sentence = CatalogAdminPage.sentence(catalog, rule);
        if (!outcome.done()) {
            Map<String, String> beside = new LinkedHashMap<>();
            RULE_SUBJECTS.keySet().forEach(field -> outcome.reasons(field).stream().findFirst()
                    .ifPresent(reason -> beside.put(field, Refusals.sentence(RULE_SUBJECTS.get(field), reason))));
            List<String> reasons = reasons(outcome, RULE_SUBJECTS, "The rule", beside.keySet());
            return refused(outcome.status(), catalog, null, null, new RuleForm(rule.kind(), rule.option(),
                    rule.other(), beside, reasons.isEmpty() ? null
                            : new Refusal("The rule \u201c" + sentence + "\u201d was not added:", reasons)));
        }
        return back("Added the rule: " + sentence + ". The configurator follows it at once.");
    }

    @POST
    @Path("/rules/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Remove a rule: 303 back with a notice, or the page with configurator-api's reason (no such"
            + " rule, a catalog that would become unsound)")
    public Response removeRule(@FormParam("kind") String kind, @FormParam("option") String option,
            @FormParam("other") String other) {
        Catalog catalog = configurator.catalog();
        CatalogRule rule = new CatalogRule(trim(kind), trim(option), trim(other));
        if (!KINDS.contains(rule.kind()) || rule.option().isEmpty() || rule.other().isEmpty()) {
            return refused(400, catalog, null, new Refusal("No rule was removed:",
                    List.of("Choose the rule to remove with its Remove button.")), RuleForm.empty());
        }
        CommandOutcome<Void> outcome = configurator.removeRule(access(), rule);
        String sentence = CatalogAdminPage.sentence(catalog, rule);
        if (!outcome.done()) {
            return refused(outcome.status(), catalog, null, new Refusal("The rule \u201c" + sentence
                    + "\u201d was not removed:", reasons(outcome, Map.of(), "The rule", Set.of())), RuleForm.empty());
        }
        return back("Removed the rule: " + sentence + ".");
    }

    /**
     * The reasons of a refusal that are not shown beside a field ({@code beside}), each as a sentence: a field's
     * reason with its subject ({@code subjects}, else {@code otherSubject}), a sentence such as the audit's kept as
     * it is; without any field named, the problem's detail.
     */
    private static List<String> reasons(CommandOutcome<?> outcome, Map<String, String> subjects, String otherSubject,
            Set<String> beside) {
        List<String> reasons = outcome.errors().stream().filter(e -> !beside.contains(e.field()))
                .map(e -> Refusals.sentence(subjects.getOrDefault(e.field(), otherSubject), e.reason()))
                .filter(reason -> !reason.isEmpty()).toList();
        if (!reasons.isEmpty() || outcome.errors().stream().anyMatch(e -> beside.contains(e.field()))) {
            return reasons;
        }
        return List.of(outcome.detail().isBlank() ? "configurator-api refused it (HTTP " + outcome.status() + ")."
                : Refusals.asSentence(outcome.detail()));
    }

    private Response refused(int status, Catalog catalog, PriceRefusal price, Refusal remove, RuleForm ruleForm) {
        return Response.status(status).type(HTML).entity(render(catalog, price, remove, ruleForm, "")).build();
    }

    private String render(Catalog catalog, PriceRefusal price, Refusal remove, RuleForm ruleForm, String notice) {
        return Templates.catalog(CatalogAdminPage.of(catalog, configurator.rules(access()), price, remove, ruleForm,
                notice)).render();
    }

    private static Response back(String notice) {
        return Response.seeOther(UriBuilder.fromPath("/admin/catalog").queryParam("notice", notice).build()).build();
    }

    private Access access() {
        return accesses.of(viewer);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
