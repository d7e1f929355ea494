package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.FlashPorts;
import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.PortView;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.floor.StationView;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The floor's stations for operators: what waits at each, blocking one (nothing starts there until unblocked), and
 * what each port of the flashing station is doing.
 */
@Path("/api/floor/stations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
public class FloorResource {
    static final int MAX_QUEUE = 200;

    private final FloorService floor;
    private final StationQueues queues;
    private final FlashPorts flashPorts;
    private final CurrentCaller caller;
    private final Clock clock;

    public FloorResource(FloorService floor, StationQueues queues, FlashPorts flashPorts, CurrentCaller caller,
            Clock clock) {
        this.floor = floor;
        this.queues = queues;
        this.flashPorts = flashPorts;
        this.caller = caller;
        this.clock = clock;
    }

    public record Block(String reason) {
    }

    /** Manual (an operator works each phone), automatic, or null: as configured. */
    public record Mode(Boolean manual) {
    }

    @GET
    public List<StationView> stations() {
        return floor.stations(queues::waiting);
    }

    @GET
    @Path("/{station}/queue")
    public List<QueuedWork> queue(@PathParam("station") String station, @QueryParam("limit") String limit) {
        int max = 50;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > MAX_QUEUE) {
                throw ProblemException.badRequest("limit", "must be a whole number from 1 to " + MAX_QUEUE + ", got "
                        + limit);
            }
        }
        return queues.queue(FloorService.parse(station), max);
    }

    /**
     * The ports of a station and what each is doing, as this instance flashes: only the flashing station has ports
     * (every other station answers an empty list).
     */
    @GET
    @Path("/{station}/ports")
    @Operation(summary = "The station's ports: each one's flash attempt and its progress, live",
            description = "Every port of the flashing station (factory.stations.*) in port order: IDLE, or the order "
                    + "and handset of the attempt on it, DOWNLOADING, FLASHING (the partition being written, pieces "
                    + "and bytes written of their totals, percent), BOOTING, or its last result (DONE, or FAILED with "
                    + "the reason and the retry time) for factory.flash.progress.keep-finished. In memory: each "
                    + "instance reports the attempts it runs. Other stations have no ports: an empty list.")
    @APIResponse(responseCode = "200", description = "The ports, in port order")
    @APIResponse(responseCode = "404", description = "No station has this name (problem+json)")
    public List<PortView> ports(@PathParam("station") String station) {
        StationKind kind = StationKind.named(station).orElseThrow(() -> ProblemException.notFound("no station "
                + station + ": the stations are " + StationKind.names()));
        return kind == StationKind.FLASHING ? flashPorts.ports() : List.of();
    }

    @POST
    @Path("/{station}/block")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public StationView block(@PathParam("station") String station, Block block) {
        StationKind kind = FloorService.parse(station);
        floor.block(kind, block == null ? null : block.reason(), by(), clock.instant());
        return view(kind);
    }

    @POST
    @Path("/{station}/unblock")
    @RolesAllowed(Roles.OPERATOR)
    public StationView unblock(@PathParam("station") String station) {
        StationKind kind = FloorService.parse(station);
        floor.unblock(kind, by(), clock.instant());
        return view(kind);
    }

    @POST
    @Path("/{station}/mode")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Works the station by hand (manual: true) or lets the floor do it (false)",
            description = "Any station: kitting (a reserved handset is flashed once an operator kitted it), flashing "
                    + "(a flash starts once an operator scanned the handset), qa (an operator checks each phone), "
                    + "packing (packed by scan), shipping (handed to the carrier by scan). null goes back to the "
                    + "configured mode (factory.stations.<station>.manual). Recorded on the station.")
    @APIResponse(responseCode = "200", description = "The station")
    @APIResponse(responseCode = "400", description = "No station has this name (problem naming station)")
    public StationView mode(@PathParam("station") String station, Mode mode) {
        StationKind kind = FloorService.parse(station);
        floor.setManual(kind, mode == null ? null : mode.manual());
        return view(kind);
    }

    private String by() {
        return caller.get().subject().orElse("operator");
    }

    private StationView view(StationKind kind) {
        return stations().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}
