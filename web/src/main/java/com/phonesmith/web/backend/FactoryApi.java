package com.phonesmith.web.backend;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The part of factory-adapter's REST API that web reads for operators and support. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface FactoryApi {
    @GET
    @Path("/handsets")
    HandsetPage handsets(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/work-orders/{orderId}")
    WorkOrder workOrder(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("orderId") String orderId);
}
