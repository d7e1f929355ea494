package com.phonesmith.web.factory;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Access;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.backend.FactoryBackend;
import com.phonesmith.web.backend.CommandOutcome;
import com.phonesmith.web.backend.FloorStation;
import com.phonesmith.web.backend.QaChecklist;
import com.phonesmith.web.backend.QueuedWork;
import com.phonesmith.web.backend.WorkOrder;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.order.OrderIds;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The station console, for operators at a bench (support may look): every station with what waits at it; a
 * station's queue in the order it is worked; a scan box for the barcode scanner, which types the IMEI and presses
 * Enter, showing that phone's work order and trace; blocking and unblocking the station with a reason; the shipping
 * label of a packed order, opened as a PDF or printed again; and at the flashing station, each port's flash progress,
 * read again by the page while a port works ({@link PortsPanel}).
 */
@Path("/factory")
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT})
public class StationsResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final Set<String> KINDS = Set.of("kitting", "flashing", "qa", "packing", "shipping");
    static final int QUEUE = 50;
    static final int MAX_REASON = 500;
    /** The stations whose console shows their ports. */
    static final Set<String> WITH_PORTS = Set.of("flashing");

    /**
     * A station's page: the station, its queue, the scanned phone (if any), what the last action said, and its ports
     * (null at a station without a Ports panel).
     */
    public record StationPage(String kind, String name, FloorStation station, List<QueuedWork> queue,
            String scanned, Optional<WorkOrder> scannedOrder, String scanError, String notice, String blockError,
            boolean canAct, boolean labels, PortsPanel ports, BenchView bench) {

        /** The scan box of an operator at this station when it is worked by hand; null at QA (its checklist). */
        public ScanAction scanAction() {
            return ScanAction.at(kind);
        }

        /** What an operator does here when the station is worked by hand. */
        public String manualText() {
            return switch (kind) {
                case "kitting" -> "Worked by hand: a reserved phone is flashed only once an operator scanned it onto"
                        + " a flashing port.";
                case "flashing" -> "Worked by hand: a flash starts only when an operator scans the phone on its port.";
                case "qa" -> "Worked by hand: an operator scans each phone and checks it.";
                case "packing" -> "Worked by hand: an operator scans each phone into its box.";
                default -> "Worked by hand: a parcel goes to the carrier only when an operator scans it at hand-over.";
            };
        }
    }

    /** The scan box of a station worked by hand: its heading, what a scan does, its button, the box's label. */
    public record ScanAction(String heading, String hint, String button, String label) {
        ScanAction(String heading, String hint, String button) {
            this(heading, hint, button, "Scan or type an IMEI");
        }

        static ScanAction at(String kind) {
            return switch (kind) {
                case "kitting" -> new ScanAction("Kit a phone", "Scan the handset you picked from stock as you put "
                        + "it on a flashing port: the floor may flash it then.", "Kit this phone");
                case "flashing" -> new ScanAction("Start a flash", "Scan the phone on its port to start its flash: "
                        + "the Ports panel shows its progress.", "Start its flash");
                case "packing" -> new ScanAction("Pack a phone", "Scan the phone as it goes into its box: it is "
                        + "packed, booked with the carrier and its label printed.", "Pack this phone");
                case "shipping" -> new ScanAction("Hand a parcel to the carrier", "Scan the phone's IMEI or the "
                        + "tracking number on its label as the parcel goes to the carrier: it is shipped.",
                        "Hand it to the carrier", "Scan or type an IMEI or tracking number");
                default -> null;
            };
        }
    }

    /**
     * An operator's bench at a manual QA or packing station: the scanned phone's QA checklist (at QA), the order just
     * packed (at packing: its label is ready), and what factory-adapter refused, in its words.
     */
    public record BenchView(boolean manual, QaChecklist checklist, List<String> errors, String packedOrder) {
        static final BenchView NONE = new BenchView(false, null, List.of(), null);

        public boolean qa() {
            return manual && checklist != null;
        }
    }

    /** A station on the overview: its address, its name and its state. */
    public record StationTile(String kind, String name, long waiting, boolean blocked, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stations(List<StationTile> stations);

        static native TemplateInstance station(StationPage page);

        /** The {@code ports} fragment of station.html: the Ports panel, which reads itself again. */
        static native TemplateInstance station$ports(PortsPanel panel);
    }

    private final FactoryBackend factory;
    private final Accesses accesses;
    private final Viewer viewer;
    private final WebConfig config;

    public StationsResource(FactoryBackend factory, Accesses accesses, Viewer viewer, WebConfig config) {
        this.factory = factory;
        this.accesses = accesses;
        this.viewer = viewer;
        this.config = config;
    }

    @GET
    @Path("/stations")
    @Produces(HTML)
    @Operation(summary = "The floor's stations: blocked or not, and what waits at each")
    public String stations() {
        return Templates.stations(factory.stations(access()).stream().map(s -> {
            String kind = s.kind().toLowerCase(Locale.ROOT);
            return new StationTile(kind, name(kind), s.waiting(), s.blocked(), s.reason());
        }).toList()).render();
    }

    @GET
    @Path("/stations/{kind}")
    @Produces(HTML)
    @Operation(summary = "A station's console: its queue, the scanned phone, block and unblock")
    public Response station(@PathParam("kind") String kind, @QueryParam("imei") String imei,
            @QueryParam("notice") String notice, @QueryParam("packed") String packed) {
        String station = kind(kind);
        String scanned = imei == null ? "" : imei.strip();
        String scanError = "";
        Optional<WorkOrder> order = Optional.empty();
        BenchView bench = new BenchView(stationOf(station).manual(), null, List.of(),
                packed == null || packed.isBlank() ? null : OrderIds.validate(packed));
        int status = 200;
        if (!scanned.isEmpty()) {
            if (!scanned.matches("\\d{15}")) {
                scanError = "An IMEI is 15 digits; the scan read \"" + scanned + "\". Scan again or type it.";
                status = 400;
            } else if (bench.manual() && station.equals("qa")) {
                CommandOutcome<QaChecklist> checklist = factory.qaChecklist(access(), scanned);
                if (checklist.body().isPresent()) {
                    bench = new BenchView(true, checklist.body().get(), List.of(), null);
                } else {
                    scanError = checklist.allReasons();
                    status = checklist.status();
                }
                order = factory.workOrderOfImei(access(), scanned);
            } else {
                order = factory.workOrderOfImei(access(), scanned);
                if (order.isEmpty()) {
                    scanError = "No work order has the phone with IMEI " + scanned + ".";
                    status = 404;
                }
            }
        }
        return Response.status(status).type(HTML).entity(render(station, scanned, order, scanError,
                notice == null ? "" : notice, "", bench)).build();
    }

    /**
     * The Ports panel as it is now, which the page swaps in for itself: every second while a port works, every five
     * otherwise. When factory-adapter does not answer, the panel says so (200, so that the page keeps asking).
     */
    @GET
    @Path("/stations/{kind}/ports")
    @Produces(HTML)
    @Operation(summary = "A station's Ports panel as it is now: each port's flash progress (htmx fragment)")
    public String ports(@PathParam("kind") String kind) {
        return Templates.station$ports(portsOf(kind(kind))).render();
    }

    @POST
    @Path("/stations/{kind}/block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Block a station with the reason: nothing starts there until it is unblocked")
    public Response block(@PathParam("kind") String kind, @FormParam("reason") String reason) {
        String station = kind(kind);
        String typed = reason == null ? "" : reason.strip();
        if (typed.isEmpty() || typed.length() > MAX_REASON) {
            return Response.status(400).type(HTML).entity(render(station, "", Optional.empty(), "", "",
                    "Say why the station stops (at most " + MAX_REASON + " characters), for the next shift."))
                    .build();
        }
        Optional<String> refused = factory.block(access(), station, typed);
        if (refused.isPresent()) {
            return Response.status(409).type(HTML).entity(render(station, "", Optional.empty(), "", "",
                    "The factory refused: " + refused.get())).build();
        }
        return backTo(station, "Blocked " + name(station) + ": " + typed);
    }

    @POST
    @Path("/stations/{kind}/unblock")
    @Produces(HTML)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Unblock a station: work starts there again")
    public Response unblock(@PathParam("kind") String kind) {
        String station = kind(kind);
        Optional<String> refused = factory.unblock(access(), station);
        return refused.isPresent()
                ? Response.status(409).type(HTML).entity(render(station, "", Optional.empty(), "", "",
                        "The factory refused: " + refused.get())).build()
                : backTo(station, "Unblocked " + name(station) + ": work starts there again.");
    }

    @GET
    @Path("/orders/{orderId}/label")
    @Operation(summary = "The shipping label of a packed order (PDF)")
    public Response label(@PathParam("orderId") String orderId) {
        String id = OrderIds.validate(orderId);
        return pdf(id, factory.label(access(), id));
    }

    @POST
    @Path("/orders/{orderId}/label/reprint")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Print the shipping label of a packed order again (PDF)")
    public Response reprint(@PathParam("orderId") String orderId) {
        String id = OrderIds.validate(orderId);
        return pdf(id, factory.reprintLabel(access(), id));
    }

    private Response pdf(String orderId, FactoryBackend.Download download) {
        if (download.pdf().isEmpty()) {
            int status = download.status() == 409 ? 409 : 404;
            return Response.status(status).type(HTML).entity(Templates.station(new StationPage("packing",
                    name("packing"), stationOf("packing"), factory.queue(access(), "packing", QUEUE), "",
                    Optional.empty(), "", "", "No label for order " + orderId + ": " + download.reason(), canAct(),
                    true, null, BenchView.NONE)).render()).build();
        }
        return Response.ok(download.pdf().get(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"label-" + orderId + ".pdf\"").build();
    }

    private String render(String station, String scanned, Optional<WorkOrder> order, String scanError,
            String notice, String blockError) {
        return render(station, scanned, order, scanError, notice, blockError,
                new BenchView(stationOf(station).manual(), null, List.of(), null));
    }

    /** The station's page as the bench's actions show it again: the scan, what was refused, the checklist. */
    String render(String station, String scanned, Optional<WorkOrder> order, String scanError, String notice,
            String blockError, BenchView bench) {
        Access access = access();
        return Templates.station(new StationPage(station, name(station), stationOf(station),
                factory.queue(access, station, QUEUE), scanned, order, scanError, notice, blockError, canAct(),
                station.equals("packing") || station.equals("shipping"),
                WITH_PORTS.contains(station) ? portsOf(station) : null, bench)).render();
    }

    /** The station's ports, or a panel saying they cannot be shown: the rest of the page does not depend on them. */
    private PortsPanel portsOf(String station) {
        try {
            return PortsPanel.of(station, factory.ports(access(), station), config.displayZone());
        } catch (BackendUnavailableException e) {
            return PortsPanel.unavailable(station);
        }
    }

    FloorStation stationOf(String station) {
        return factory.stations(access()).stream().filter(s -> s.kind().equalsIgnoreCase(station)).findFirst()
                .orElse(new FloorStation(station.toUpperCase(Locale.ROOT), false, null, null, null, 0, false));
    }

    private boolean canAct() {
        return Roles.OPERATOR.equals(viewer.role());
    }

    private static Response backTo(String station, String notice) {
        return Response.seeOther(UriBuilder.fromPath("/factory/stations/" + station).queryParam("notice", notice)
                .build()).build();
    }

    static String kind(String kind) {
        String lower = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(lower)) {
            throw new InvalidInputException("kind", "Station", "must be kitting, flashing, qa, packing or shipping");
        }
        return lower;
    }

    static String name(String kind) {
        return switch (kind) {
            case "qa" -> "QA";
            default -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        };
    }

    Access access() {
        return accesses.of(viewer);
    }
}
