package com.phonesmith.web.catalog;

import com.phonesmith.web.backend.ConfiguratorBackend;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: the catalog with prices and the "Track an order" form. */
@Path("/")
public class CatalogResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(CatalogView catalog);
    }

    private final ConfiguratorBackend configurator;

    public CatalogResource(ConfiguratorBackend configurator) {
        this.configurator = configurator;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String catalog() {
        return Templates.catalog(CatalogView.of(configurator.catalog())).render();
    }
}
