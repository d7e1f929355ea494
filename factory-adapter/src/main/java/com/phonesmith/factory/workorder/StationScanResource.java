package com.phonesmith.factory.workorder;

import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The operator's scans at the kitting, flashing and shipping stations: kit a reserved handset, start its flash, hand
 * its parcel to the carrier. Each names the phone by its IMEI, which must be a valid IMEI of a phone waiting there.
 */
@Path("/api/floor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class StationScanResource {
    private final StationScans scans;
    private final CurrentCaller caller;

    public StationScanResource(StationScans scans, CurrentCaller caller) {
        this.scans = scans;
        this.caller = caller;
    }

    /** A kitting scan: the handset's IMEI and, optionally, the order it was picked for. */
    public record KitScan(String imei, String orderId) {
    }

    /** A shipping scan: the phone's IMEI, or the tracking number on its parcel's label. */
    public record ShipScan(String imei, String trackingNumber) {
    }

    @POST
    @Path("/kitting/scans")
    @Operation(summary = "The operator kits the scanned handset: picked from stock, put on a flashing port",
            description = "At a manual kitting station (factory.stations.kitting.manual) a reserved handset is not "
                    + "flashed until it is kitted. With orderId, a handset reserved for another order is refused. "
                    + "Scanning a kitted handset again changes nothing and answers the same.")
    @APIResponse(responseCode = "200", description = "The work order, with kittedAt and kittedBy")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI (problem naming imei)")
    @APIResponse(responseCode = "404", description = "No work order has this handset: unknown, or in stock but "
            + "reserved for no order (problem naming imei)")
    @APIResponse(responseCode = "409", description = "The handset is reserved for another order, or its order is "
            + "past kitting or cancelled (naming imei), or the kitting station is blocked (naming station)")
    public StationScans.Scanned kit(KitScan scan) {
        return scans.kit(scan == null ? null : strip(scan.imei()), scan == null ? null : scan.orderId(), by());
    }

    @POST
    @Path("/flashing/scans")
    @Operation(summary = "The operator starts the flash of the scanned handset",
            description = "At a manual flashing station (factory.stations.flashing.manual) a flash starts only once "
                    + "the operator scanned the handset; the station then flashes, reads back and reports it (Flashed) "
                    + "as usual. A handset not kitted yet at a manual kitting station is refused. Scanning it again "
                    + "changes nothing and answers the same.")
    @APIResponse(responseCode = "200", description = "The work order, with flashStartedAt and flashStartedBy")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI (problem naming imei)")
    @APIResponse(responseCode = "404", description = "No work order has this handset (problem naming imei)")
    @APIResponse(responseCode = "409", description = "Not waiting at flashing: not kitted yet, flashed already, "
            + "cancelled (naming imei), or the flashing station is blocked (naming station)")
    public StationScans.Scanned startFlash(BenchResource.Scan scan) {
        return scans.startFlash(scan == null ? null : strip(scan.imei()), by());
    }

    @POST
    @Path("/shipping/scans")
    @Operation(summary = "The operator hands the scanned phone's parcel to the carrier (Shipped)",
            description = "At a manual shipping station (factory.stations.shipping.manual) a packed parcel ships only "
                    + "when the operator scans it at hand-over, through the same step as the floor's own (the "
                    + "carrier's booking, Shipped). The parcel's trackingNumber (from its label, any case) may be "
                    + "scanned instead of the imei. Scanning a shipped phone again changes nothing and answers the "
                    + "same parcel.")
    @APIResponse(responseCode = "200", description = "The work order, SHIPPED, with carrier and trackingNumber")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI, or trackingNumber not 6 to 40 letters "
            + "or digits (problem naming it)")
    @APIResponse(responseCode = "404", description = "No work order has this handset or parcel (problem naming imei "
            + "or trackingNumber)")
    @APIResponse(responseCode = "409", description = "Not packed (naming imei), or the shipping station is blocked "
            + "(naming station)")
    public StationScans.Scanned ship(ShipScan scan) {
        return scans.ship(scan == null ? null : strip(scan.imei()), scan == null ? null : scan.trackingNumber(),
                by());
    }

    private String by() {
        return caller.get().subject().orElse("operator");
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
