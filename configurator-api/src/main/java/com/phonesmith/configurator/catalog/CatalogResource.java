package com.phonesmith.configurator.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/catalog")
public class CatalogResource {
    private final CatalogService catalog;

    public CatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Everything the shop sells, with prices in minor units of the catalog's currency. */
    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public CatalogResponse catalog() {
        return CatalogResponse.of(catalog.current());
    }
}
