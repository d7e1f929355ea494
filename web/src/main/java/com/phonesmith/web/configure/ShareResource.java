package com.phonesmith.web.configure;

import com.phonesmith.web.account.Person;
import com.phonesmith.web.backend.Configuration;
import com.phonesmith.web.backend.ConfigurationRequest;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.backend.SharedConfiguration;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A shared configuration opened by its short link ({@code /c/CODE}; the configurator page saves it): configurator-api
 * reopens it against today's catalog, saying what no longer fits and why.
 */
@Path("/c")
public class ShareResource {
    static final String HTML = ConfigureResource.HTML;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unknown(String code);
    }

    private final ConfiguratorBackend configurator;
    private final Viewer viewer;

    public ShareResource(ConfiguratorBackend configurator, Viewer viewer) {
        this.configurator = configurator;
        this.viewer = viewer;
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The configurator page of a shared configuration, as it reopens against today's catalog")
    public Response open(@PathParam("code") String code, @QueryParam("saved") String saved, @Context UriInfo uri) {
        Optional<SharedConfiguration> shared = configurator.shared(code);
        Optional<Configuration> answer = shared.flatMap(s -> configurator.evaluate(s.reopened()));
        if (answer.isEmpty()) {
            return Response.status(404).type(HTML).entity(Templates.unknown(code).render()).build();
        }
        SharedConfiguration found = shared.get();
        ConfigurationRequest reopened = found.reopened();
        ConfigurationState state = new ConfigurationState(reopened.model(), reopened.colour(), reopened.storageGb(),
                orEmpty(reopened.chosen()), orEmpty(reopened.removed()));
        String link = uri.getBaseUriBuilder().path("c").path(found.code()).build().toString();
        SharedPanel panel = new SharedPanel(found.code(), link, "1".equals(saved),
                found.changes().stream().map(SharedConfiguration.Change::reason).toList());
        String email = viewer.person().flatMap(Person::email).orElse("");
        ConfigureView view = ConfigureView.of(answer.get(), state,
                ConfigureResource.delivery(configurator, state, answer.get()));
        return Response.ok(ConfigureResource.Templates.configure(view, email, UUID.randomUUID().toString(), panel)
                .render(), HTML).build();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
