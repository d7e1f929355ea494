package com.phonesmith.web.configure;

import com.phonesmith.web.account.Person;
import com.phonesmith.web.backend.Configuration;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.SharedConfiguration;
import com.phonesmith.web.promise.PromiseView;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The configurator: one page per model whose address holds the shopper's decisions. Every click is a link to
 * the next address; htmx swaps in the new configurator without reloading the page, and without script the link
 * simply loads it. configurator-api's rules decide what each option is and why. "Save and share" posts the decisions
 * to be saved under a short code ({@link ShareResource} opens it). Once colour and storage are chosen, the page shows
 * the delivery configurator-api can promise for that variant, asked again on every click like the price.
 */
@Path("/configure/{model}")
public class ConfigureResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final Pattern STORAGE = Pattern.compile("\\d{1,5}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance configure(ConfigureView view, String email, String idempotencyKey,
                SharedPanel shared);

        static native TemplateInstance invalid(String model);
    }

    private final ConfiguratorBackend configurator;
    private final Viewer viewer;

    public ConfigureResource(ConfiguratorBackend configurator, Viewer viewer) {
        this.configurator = configurator;
        this.viewer = viewer;
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The configurator page for a model, with the decisions in the address")
    public Response page(@PathParam("model") String model, @QueryParam("colour") String colour,
            @QueryParam("storage") String storage, @QueryParam("chosen") List<String> chosen,
            @QueryParam("removed") List<String> removed) {
        ConfigurationState state = stateOf(model, colour, storage, chosen, removed);
        Optional<Configuration> answer = configurator.evaluate(state.request());
        if (answer.isEmpty()) {
            return Response.status(404).type(HTML).entity(Templates.invalid(model).render()).build();
        }
        String email = viewer.person().flatMap(Person::email).orElse("");
        PromiseView delivery = delivery(configurator, state, answer.get());
        return Response.ok(Templates.configure(ConfigureView.of(answer.get(), state, delivery),
                email, UUID.randomUUID().toString(), null).render(), HTML).build();
    }

    /**
     * The delivery of the variant: the shopper's colour and storage, or the only one the catalog leaves possible;
     * null while either is open.
     */
    static PromiseView delivery(ConfiguratorBackend configurator, ConfigurationState state, Configuration answer) {
        String colour = state.colour() != null ? state.colour() : onlyPossible(answer.colours());
        String storageText = state.storageGb() != null ? state.storageGb().toString() : onlyPossible(answer.storages());
        Integer storage = storageText == null || !storageText.matches("\\d{1,5}") ? null : Integer.valueOf(storageText);
        if (colour == null || storage == null) {
            return null;
        }
        return PromiseView.of(configurator.promise(state.model(), colour, storage));
    }

    private static String onlyPossible(java.util.List<Configuration.Value> values) {
        if (values == null) {
            return null;
        }
        var possible = values.stream().filter(Configuration.Value::possible).toList();
        return possible.size() == 1 ? possible.get(0).value() : null;
    }

    @POST
    @Path("/share")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Save the configuration of the form and go to its share link")
    public Response save(@PathParam("model") String model, @FormParam("colour") String colour,
            @FormParam("storage") String storage, @FormParam("chosen") List<String> chosen,
            @FormParam("removed") List<String> removed) {
        ConfigurationState state = stateOf(model, colour, storage, chosen, removed);
        Optional<SharedConfiguration> saved = configurator.save(state.request());
        if (saved.isEmpty()) {
            return Response.status(422).type(HTML).entity(Templates.invalid(model).render()).build();
        }
        return Response.seeOther(URI.create("/c/" + saved.get().code() + "?saved=1")).build();
    }

    /** The decisions as the address or a form sends them; a storage size that is not a number is left open. */
    static ConfigurationState stateOf(String model, String colour, String storage, List<String> chosen,
            List<String> removed) {
        Integer storageGb = storage != null && STORAGE.matcher(storage).matches() ? Integer.valueOf(storage) : null;
        return new ConfigurationState(model, blankToNull(colour), storageGb, orEmpty(chosen), orEmpty(removed));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }
}
