package com.phonesmith.factory.workorder;

import com.phonesmith.factory.qa.QaChecklist;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The operator's benches: at QA a scanned phone's checklist, pass and fail; at packing a scan packs the phone. Each
 * scan names the phone by its IMEI, which must be a valid IMEI of a phone waiting at that bench.
 */
@Path("/api/floor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class BenchResource {
    private final BenchWork bench;
    private final CurrentCaller caller;

    public BenchResource(BenchWork bench, CurrentCaller caller) {
        this.bench = bench;
        this.caller = caller;
    }

    public record Pass(String imei, List<String> visualChecks) {
    }

    public record Fail(String imei, String reason) {
    }

    public record Scan(String imei) {
    }

    @GET
    @Path("/qa/checklist")
    @RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
    @Operation(summary = "The QA checklist of the scanned phone",
            description = "The automated checks of its last flash (expected, actual, passed) and the visual checks "
                    + "the operator makes (factory.qa.visual-checks).")
    @APIResponse(responseCode = "200", description = "The checklist")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI (problem naming imei)")
    @APIResponse(responseCode = "404", description = "No work order has this handset (problem naming imei)")
    @APIResponse(responseCode = "409", description = "The phone is not waiting at QA (naming imei), or the QA "
            + "station is blocked (naming station)")
    public QaChecklist checklist(@QueryParam("imei") String imei) {
        return bench.checklist(imei == null ? null : imei.strip());
    }

    @POST
    @Path("/qa/pass")
    @Operation(summary = "The operator passes the phone: it goes on to packing (QaPassed)",
            description = "Refused while an automated check failed or a visual check is not ticked. Passing a "
                    + "phone that passed already changes nothing.")
    @APIResponse(responseCode = "200", description = "The checklist, status QA_PASSED")
    @APIResponse(responseCode = "422", description = "What blocks the pass, one error per item (checks.<item>, "
            + "visual.<id>)")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI")
    @APIResponse(responseCode = "404", description = "No work order has this handset")
    @APIResponse(responseCode = "409", description = "Not waiting at QA, or the station is blocked")
    public QaChecklist pass(Pass pass) {
        return bench.pass(pass == null ? null : strip(pass.imei()), pass == null ? List.of() : pass.visualChecks(),
                by());
    }

    @POST
    @Path("/qa/fail")
    @Operation(summary = "The operator fails the phone with a reason: back for rework (QaFailed)")
    @APIResponse(responseCode = "200", description = "The checklist, status QA_FAILED")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI, or no reason")
    @APIResponse(responseCode = "404", description = "No work order has this handset")
    @APIResponse(responseCode = "409", description = "Not waiting at QA, or the station is blocked")
    public QaChecklist fail(Fail fail) {
        return bench.fail(fail == null ? null : strip(fail.imei()), fail == null ? null : fail.reason(), by());
    }

    @POST
    @Path("/packing/scans")
    @Operation(summary = "The operator scans the phone into its box: packed, booked, label printed (Packed)",
            description = "Scanning a packed phone again (also once it has shipped) changes nothing and answers the same parcel.")
    @APIResponse(responseCode = "200", description = "The parcel and its label's address")
    @APIResponse(responseCode = "400", description = "imei is not a valid IMEI")
    @APIResponse(responseCode = "404", description = "No work order has this handset")
    @APIResponse(responseCode = "409", description = "Not waiting at packing, or the station is blocked")
    public BenchWork.Packed pack(Scan scan) {
        return bench.pack(scan == null ? null : strip(scan.imei()), by());
    }

    private String by() {
        return caller.get().subject().orElse("operator");
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
