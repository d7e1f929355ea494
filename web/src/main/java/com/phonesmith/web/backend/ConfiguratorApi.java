package com.phonesmith.web.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The part of configurator-api's REST API that web uses. Built by {@link ConfiguratorBackend}; every call but the
 * catalog carries the caller's bearer token, or for a guest the order's tracking token. The admin's calls (the
 * catalog's rules and prices, launches) carry the signed-in admin's token.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ConfiguratorApi {
    String AUTHORIZATION = "Authorization";
    String ORDER_TOKEN = "Order-Token";

    @GET
    @Path("/catalog")
    Catalog catalog();

    @POST
    @Path("/configurations/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    Configuration evaluate(ConfigurationRequest body);

    @POST
    @Path("/configurations")
    @Consumes(MediaType.APPLICATION_JSON)
    SharedConfiguration save(ConfigurationRequest body);

    @GET
    @Path("/configurations/{code}")
    SharedConfiguration shared(@PathParam("code") String code);

    @GET
    @Path("/promise")
    Promise promise(@QueryParam("model") String model, @QueryParam("colour") String colour,
            @QueryParam("storageGb") int storageGb);

    @POST
    @Path("/quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    Response quote(QuoteRequest body);

    @GET
    @Path("/orders/{id}")
    Order order(@HeaderParam(AUTHORIZATION) String authorization, @HeaderParam(ORDER_TOKEN) String trackingToken,
            @PathParam("id") String id);

    @GET
    @Path("/orders")
    OrderPage orders(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("page") int page,
            @QueryParam("size") int size, @QueryParam("email") String email);

    /** {@code forwardedFor}: the browser's address, for the per-address limit (null: web's tokens carry it). */
    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    Response place(@HeaderParam(AUTHORIZATION) String authorization, @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("X-Forwarded-For") String forwardedFor, OrderRequest body);

    @GET
    @Path("/makers/{maker}/sales")
    MakerSales sales(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("maker") String maker);

    @GET
    @Path("/admin/catalog/rules")
    CatalogRules rules(@HeaderParam(AUTHORIZATION) String authorization);

    @POST
    @Path("/admin/catalog/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addRule(@HeaderParam(AUTHORIZATION) String authorization, CatalogRule body);

    @DELETE
    @Path("/admin/catalog/rules/{kind}/{option}/{other}")
    Response removeRule(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("kind") String kind,
            @PathParam("option") String option, @PathParam("other") String other);

    @PUT
    @Path("/admin/catalog/options/{code}/price")
    @Consumes(MediaType.APPLICATION_JSON)
    Response changePrice(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String code,
            PriceChange body);

    @GET
    @Path("/launches")
    LaunchPage launches(@HeaderParam(AUTHORIZATION) String authorization, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/launches")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createLaunch(@HeaderParam(AUTHORIZATION) String authorization, LaunchRequest body);

    @GET
    @Path("/launches/{code}")
    Launch launch(@PathParam("code") String code);

    @PATCH
    @Path("/launches/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response changeLaunch(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String code,
            LaunchChange body);

    @POST
    @Path("/launches/{code}/end")
    Response endLaunch(@HeaderParam(AUTHORIZATION) String authorization, @PathParam("code") String code);
}
