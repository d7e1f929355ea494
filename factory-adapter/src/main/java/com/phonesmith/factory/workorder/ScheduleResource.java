package com.phonesmith.factory.workorder;

import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** Plans every order not started yet again, earliest deadline first (also done on a timer). */
@Path("/api/schedule")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {
    private final ScheduleService schedule;
    private final Clock clock;

    public ScheduleResource(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @POST
    @Path("/replan")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public ReplanResult replan() {
        return schedule.replan(clock.instant());
    }
}
