package com.phonesmith.factory.promise;

import com.phonesmith.factory.stock.Variant;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The earliest ship and delivery date of a variant. Public: it says no more than the shop shows every visitor
 * (configurator-api asks it for each variant a shopper picks), and nothing about orders or customers.
 */
@Path("/api/promise")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PromiseResource {
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private final PromiseService promises;

    public PromiseResource(PromiseService promises) {
        this.promises = promises;
    }

    @GET
    public Promise promise(@QueryParam("model") String model, @QueryParam("colour") String colour,
            @QueryParam("storageGb") String storageGb) {
        return promises.promise(new Variant(code("model", model), code("colour", colour), storage(storageGb)));
    }

    static String code(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "is required");
        }
        if (!value.matches(CODE)) {
            throw ProblemException.badRequest(field, "must be a catalog code (letters, digits, dashes and"
                    + " underscores, at most 64), got " + value);
        }
        return value;
    }

    static int storage(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("storageGb", "is required");
        }
        try {
            int gb = Integer.parseInt(value.trim());
            if (gb > 0 && gb <= 4096) {
                return gb;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("storageGb", "must be a whole number of gigabytes from 1 to 4096, got "
                + value);
    }
}
