package com.phonesmith.web.backend;

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

/** The part of the activations service's REST API that web reads for partners and admins. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ActivationsApi {
    @GET
    @Path("/makers/{maker}/activations")
    MakerActivations activations(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("maker") String maker, @QueryParam("weeks") int weeks);

    @GET
    @Path("/makers/{maker}/statements")
    List<MakerStatement> statements(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("maker") String maker);

    @GET
    @Path("/makers/{maker}/statements/current")
    MonthToDate monthToDate(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("maker") String maker);

    @GET
    @Path("/makers/{maker}/statements/{month}.csv")
    @Produces("text/csv")
    byte[] statementCsv(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("maker") String maker, @PathParam("month") String month);

    @GET
    @Path("/makers/{maker}/statements/{month}.pdf")
    @Produces("application/pdf")
    byte[] statementPdf(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("maker") String maker, @PathParam("month") String month);

    @GET
    @Path("/activations/summary")
    ActivationSummary summary(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @QueryParam("weeks") int weeks);

    @GET
    @Path("/statements/{month}")
    List<MakerStatement> monthStatements(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("month") String month);

    @POST
    @Path("/statements/{month}/close")
    Response closeMonth(@HeaderParam(ConfiguratorApi.AUTHORIZATION) String authorization,
            @PathParam("month") String month);
}
