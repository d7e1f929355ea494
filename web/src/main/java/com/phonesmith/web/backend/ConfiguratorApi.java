package com.phonesmith.web.backend;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The part of configurator-api's REST API that web reads. Built by {@link ConfiguratorBackend}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ConfiguratorApi {
    @GET
    @Path("/catalog")
    Catalog catalog();

    @GET
    @Path("/orders/{id}")
    Order order(@PathParam("id") String id);
}
