package com.phonesmith.web.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

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

    @GET
    @Path("/work-orders")
    WorkOrder workOrderOfImei(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("imei") String imei);

    @GET
    @Path("/work-orders")
    WorkOrder workOrderOfTrackingNumber(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("tracking") String trackingNumber);

    @GET
    @Path("/floor/stations")
    List<FloorStation> stations(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization);

    @GET
    @Path("/floor/stations/{station}/queue")
    List<QueuedWork> queue(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("station") String station, @QueryParam("limit") int limit);

    @GET
    @Path("/floor/stations/{station}/ports")
    List<StationPort> ports(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("station") String station);

    @POST
    @Path("/floor/stations/{station}/block")
    @Consumes(MediaType.APPLICATION_JSON)
    Response block(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("station") String station, Map<String, String> body);

    @POST
    @Path("/floor/stations/{station}/unblock")
    Response unblock(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("station") String station);

    @GET
    @Path("/work-orders/{orderId}/label")
    @Produces({"application/pdf", "application/problem+json"})
    Response label(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("orderId") String orderId);

    @POST
    @Path("/work-orders/{orderId}/label/reprints")
    @Produces({"application/pdf", "application/problem+json"})
    Response reprintLabel(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("orderId") String orderId);

    @GET
    @Path("/floor/qa/checklist")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    Response qaChecklist(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("imei") String imei);

    @POST
    @Path("/floor/qa/pass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    Response passQa(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization, Map<String, Object> body);

    @POST
    @Path("/floor/qa/fail")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    Response failQa(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization, Map<String, Object> body);

    @POST
    @Path("/floor/packing/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    Response pack(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization, Map<String, Object> body);

    /** An operator's scan at the kitting, flashing or shipping station ({@code station}). */
    @POST
    @Path("/floor/{station}/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    Response scan(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("station") String station, Map<String, Object> body);

    @POST
    @Path("/floor/stations/{station}/mode")
    @Consumes(MediaType.APPLICATION_JSON)
    Response mode(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("station") String station, Map<String, Object> body);
}
