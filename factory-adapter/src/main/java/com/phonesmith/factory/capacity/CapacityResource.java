package com.phonesmith.factory.capacity;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The capacity calendar: phones per day, booked and free; an admin changes one day. */
@Path("/api/capacity")
@Produces(MediaType.APPLICATION_JSON)
public class CapacityResource {
    static final int MAX_DAYS = 92;

    private final CapacityService capacity;
    private final Clock clock;

    public CapacityResource(CapacityService capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    public record CapacityChange(Integer capacity) {
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.SUPPORT, Roles.ADMIN})
    public List<CapacityDay> days(@QueryParam("from") String from, @QueryParam("days") String days) {
        LocalDate first = from == null || from.isBlank() ? capacity.calendar().dateOf(clock.instant())
                : day("from", from);
        int count = 14;
        if (days != null && !days.isBlank()) {
            try {
                count = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_DAYS) {
                throw ProblemException.badRequest("days", "must be a whole number from 1 to " + MAX_DAYS + ", got "
                        + days);
            }
        }
        return capacity.days(first, count, clock.instant());
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CapacityDay change(@PathParam("day") String day, CapacityChange change) {
        if (change == null || change.capacity() == null) {
            throw ProblemException.badRequest("capacity", "is required: the phones the factory can finish that day");
        }
        return capacity.override(day("day", day), change.capacity(), clock.instant());
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a date like 2026-12-24, got " + text);
        }
    }
}
