package com.phonesmith.web.configure;

import com.phonesmith.web.account.Person;
import com.phonesmith.web.backend.Configuration;
import com.phonesmith.web.backend.ConfigurationRequest;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The configurator: one page per model whose address holds the shopper's decisions. Every click is a link to
 * the next address; htmx swaps in the new configurator without reloading the page, and without script the link
 * simply loads it. configurator-api's rules decide what each option is and why.
 */
@Path("/configure/{model}")
public class ConfigureResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final Pattern STORAGE = Pattern.compile("\\d{1,5}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance configure(ConfigureView view, String email, String idempotencyKey);

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
        Integer storageGb = storage != null && STORAGE.matcher(storage).matches() ? Integer.valueOf(storage) : null;
        ConfigurationState state = new ConfigurationState(model, blankToNull(colour), storageGb, orEmpty(chosen),
                orEmpty(removed));
        Optional<Configuration> answer = configurator.evaluate(new ConfigurationRequest(state.model(),
                state.colour(), state.storageGb(), state.chosen(), state.removed()));
        if (answer.isEmpty()) {
            return Response.status(404).type(HTML).entity(Templates.invalid(model).render()).build();
        }
        String email = viewer.person().flatMap(Person::email).orElse("");
        return Response.ok(Templates.configure(ConfigureView.of(answer.get(), state), email,
                UUID.randomUUID().toString()).render(), HTML).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }
}
