package com.phonesmith.factory.stock;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.phonesmith.platform.security.CurrentCaller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The handset stock, page by page. */
@Path("/api/handsets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
public class HandsetResource {
    static final int MAX_PAGE_SIZE = 200;
    static final int DEFAULT_PAGE_SIZE = 50;

    private final StockService stock;
    private final CurrentCaller caller;
    private final Clock clock;

    public HandsetResource(StockService stock, CurrentCaller caller, Clock clock) {
        this.stock = stock;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public HandsetPage list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return stock.list(parseStatus(status), parseInt("page", page, 0, 0, Integer.MAX_VALUE),
                parseInt("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
    }

    /** Operators take a delivery of handsets into stock; 201 with what was taken in. */
    @POST
    @Path("/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public Response receive(StockReceipt receipt) {
        StockReceipt.Received received = stock.receive(receipt, caller.get().subject().orElse("unknown"),
                clock.instant());
        return Response.status(Response.Status.CREATED).entity(received).build();
    }

    @GET
    @Path("/{imei}")
    public HandsetView get(@PathParam("imei") String imei) {
        if (!imei.matches("\\d{14,16}")) {
            throw ProblemException.badRequest("imei", "must be 14 to 16 digits, got " + imei);
        }
        return stock.find(imei).orElseThrow(() -> ProblemException.notFound("no handset with IMEI " + imei));
    }

    static Optional<HandsetStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HandsetStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of " + Arrays.stream(HandsetStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", got " + status);
        }
    }

    static int parseInt(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(field, max == Integer.MAX_VALUE
                ? "must be a whole number of at least " + min + ", got " + value
                : "must be a whole number from " + min + " to " + max + ", got " + value);
    }
}
