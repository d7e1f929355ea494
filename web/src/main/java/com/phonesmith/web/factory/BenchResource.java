package com.phonesmith.web.factory;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.FactoryBackend;
import com.phonesmith.web.backend.PackedParcel;
import com.phonesmith.web.backend.QaChecklist;
import com.phonesmith.web.backend.StationScan;
import com.phonesmith.web.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An operator's work at the benches of manual stations: at QA, pass a phone (every automated check passed and every
 * visual check ticked) or fail it with a reason; at packing, scan the phone into its box, after which its label is
 * ready; at kitting, flashing and shipping, scan a phone to kit it, start its flash or hand it to the carrier.
 * factory-adapter decides; what it refuses is shown beside the field in its words.
 */
@Path("/factory/bench")
@RolesAllowed(Roles.OPERATOR)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(StationsResource.HTML)
public class BenchResource {
    /** The stations whose scans this resource sends on as they are (packing has its own, with the label). */
    private static final java.util.Set<String> SCANNED_AT = java.util.Set.of("kitting", "flashing", "shipping");

    private final FactoryBackend factory;
    private final StationsResource stations;

    public BenchResource(FactoryBackend factory, StationsResource stations) {
        this.factory = factory;
        this.stations = stations;
    }

    @POST
    @Path("/qa/pass")
    @Operation(summary = "Pass the phone at the QA bench: it goes on to packing")
    public Response pass(@FormParam("imei") String imei, @FormParam("visual") List<String> visual) {
        String scanned = scanned(imei);
        CommandOutcome<QaChecklist> answer = factory.passQa(stations.access(), scanned,
                visual == null ? List.of() : visual);
        if (answer.body().isPresent()) {
            return back("qa", "Passed QA: order " + answer.body().get().orderId() + " goes on to packing.", null);
        }
        return qaAgain(scanned, answer);
    }

    @POST
    @Path("/qa/fail")
    @Operation(summary = "Fail the phone at the QA bench with a reason: it goes back for rework")
    public Response fail(@FormParam("imei") String imei, @FormParam("reason") String reason) {
        String scanned = scanned(imei);
        String typed = reason == null ? "" : reason.strip();
        if (typed.isEmpty() || typed.length() > StationsResource.MAX_REASON) {
            return qaAgain(scanned, CommandOutcome.refused(400, "Say what is wrong with the phone (at "
                    + "most " + StationsResource.MAX_REASON + " characters), for rework."));
        }
        CommandOutcome<QaChecklist> answer = factory.failQa(stations.access(), scanned, typed);
        if (answer.body().isPresent()) {
            return back("qa", "Failed QA: order " + answer.body().get().orderId() + " goes back for rework ("
                    + typed + ").", null);
        }
        return qaAgain(scanned, answer);
    }

    @POST
    @Path("/packing/scans")
    @Operation(summary = "Scan the phone into its box at the packing bench: packed, booked, label ready")
    public Response pack(@FormParam("imei") String imei) {
        String scanned = scanned(imei);
        if (!scanned.matches("\\d{15}")) {
            return page(400, "packing", scanned, "An IMEI is 15 digits; the scan read \"" + scanned
                    + "\". Scan again or type it.", null);
        }
        CommandOutcome<PackedParcel> answer = factory.pack(stations.access(), scanned);
        if (answer.body().isPresent()) {
            PackedParcel parcel = answer.body().get();
            return back("packing", "Packed order " + parcel.orderId() + " (IMEI " + parcel.imei() + "): "
                    + parcel.carrier() + " " + parcel.trackingNumber() + ". The label is ready.", parcel.orderId());
        }
        return page(answer.status(), "packing", scanned, answer.allReasons(), null);
    }

    @POST
    @Path("/{kind}/scans")
    @Operation(summary = "Scan a phone at the kitting (kit it), flashing (start its flash) or shipping (hand it to "
            + "the carrier) station")
    public Response scan(@PathParam("kind") String kind, @FormParam("imei") String imei) {
        String station = StationsResource.kind(kind);
        if (!SCANNED_AT.contains(station)) {
            throw new InvalidInputException("kind", "Station", "phones are scanned here at kitting, flashing, packing"
                    + " and shipping; QA opens a checklist");
        }
        String scanned = scanned(imei);
        // at shipping the barcode of the parcel's tracking number on its label does as well as the phone's IMEI
        boolean parcel = station.equals("shipping") && !scanned.matches("\\d+")
                && scanned.matches("[A-Za-z0-9]{6,40}");
        if (!parcel && !scanned.matches("\\d{15}")) {
            return page(400, station, scanned, "An IMEI is 15 digits" + (station.equals("shipping")
                    ? ", a tracking number 6 to 40 letters and digits" : "") + "; the scan read \"" + scanned
                    + "\". Scan again or type it.", null);
        }
        CommandOutcome<StationScan> answer = parcel ? factory.shipParcel(stations.access(), scanned)
                : factory.scan(stations.access(), station, scanned);
        if (answer.body().isEmpty()) {
            return page(answer.status(), station, scanned, answer.allReasons(), null);
        }
        StationScan phone = answer.body().get();
        return back(station, switch (station) {
            case "kitting" -> "Kitted handset " + phone.imei() + " for order " + phone.orderId()
                    + ": on its flashing port it can be flashed.";
            case "flashing" -> "Started the flash of handset " + phone.imei() + " (order " + phone.orderId()
                    + "): its port shows the progress.";
            default -> "Handed order " + phone.orderId() + " to " + phone.carrier() + " as "
                    + phone.trackingNumber() + ": shipped.";
        }, null);
    }

    @POST
    @Path("/{kind}/mode")
    @Operation(summary = "Work a station by hand, or let the floor work it by itself")
    public Response mode(@PathParam("kind") String kind, @FormParam("manual") boolean manual) {
        String station = StationsResource.kind(kind);
        Optional<String> refused = factory.mode(stations.access(), station, manual);
        if (refused.isPresent()) {
            return page(409, station, "", "The factory refused: " + refused.get(), null);
        }
        return back(station, manual ? "The " + StationsResource.name(station) + " station is worked by hand now: "
                + "scan each phone." : "The floor works the " + StationsResource.name(station)
                + " station by itself now.", null);
    }

    /** The QA bench again with the phone's checklist and what was refused beside the buttons. */
    private Response qaAgain(String scanned, CommandOutcome<QaChecklist> refused) {
        CommandOutcome<QaChecklist> checklist = scanned.matches("\\d{15}")
                ? factory.qaChecklist(stations.access(), scanned) : refused;
        if (checklist.body().isEmpty()) {
            return page(refused.status(), "qa", scanned, refused.allReasons(), null);
        }
        return page(refused.status(), "qa", scanned, "", new StationsResource.BenchView(true,
                checklist.body().get(), refused.reasons(), null));
    }

    private Response page(int status, String station, String scanned, String scanError,
            StationsResource.BenchView bench) {
        StationsResource.BenchView view = bench != null ? bench
                : new StationsResource.BenchView(stations.stationOf(station).manual(), null, List.of(), null);
        return Response.status(status).type(StationsResource.HTML).entity(stations.render(station, scanned,
                Optional.empty(), scanError, "", "", view)).build();
    }

    private static Response back(String station, String notice, String packedOrder) {
        UriBuilder uri = UriBuilder.fromPath("/factory/stations/" + station).queryParam("notice", notice);
        if (packedOrder != null) {
            uri.queryParam("packed", packedOrder);
        }
        return Response.seeOther(uri.build()).build();
    }

    private static String scanned(String imei) {
        return imei == null ? "" : imei.strip();
    }
}
