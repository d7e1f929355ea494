package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** factory-adapter as web sees it: handset stock, work orders and the floor's stations. */
@ApplicationScoped
public class FactoryBackend {
    public static final String NAME = "factory-adapter";

    private final FactoryApi api;

    public FactoryBackend(WebConfig config) {
        this.api = RestClients.build(FactoryApi.class, config.factoryUrl(), config);
    }

    public HandsetPage handsets(Access access, String status, int page, int size) {
        return BackendCalls.required(NAME, () -> api.handsets(access.authorization(), status, page, size));
    }

    public Optional<WorkOrder> workOrder(Access access, String orderId) {
        return BackendCalls.optional(NAME, () -> api.workOrder(access.authorization(), orderId));
    }

    /** The work order of the handset with this IMEI, as a scan finds it. */
    public Optional<WorkOrder> workOrderOfImei(Access access, String imei) {
        return BackendCalls.optional(NAME, () -> api.workOrderOfImei(access.authorization(), imei));
    }

    /** The work order whose parcel the carrier tracks by this number. */
    public Optional<WorkOrder> workOrderOfTrackingNumber(Access access, String trackingNumber) {
        return BackendCalls.optional(NAME, () -> api.workOrderOfTrackingNumber(access.authorization(),
                trackingNumber));
    }

    public List<FloorStation> stations(Access access) {
        return BackendCalls.required(NAME, () -> api.stations(access.authorization()));
    }

    public List<QueuedWork> queue(Access access, String station, int limit) {
        return BackendCalls.required(NAME, () -> api.queue(access.authorization(), station, limit));
    }

    /** The station's ports and the flash attempt on each (none for a station without ports). */
    public List<StationPort> ports(Access access, String station) {
        return BackendCalls.required(NAME, () -> api.ports(access.authorization(), station));
    }

    /** Blocks a station; empty when done, else factory-adapter's reason for refusing. */
    public Optional<String> block(Access access, String station, String reason) {
        return refusal(() -> api.block(access.authorization(), station, Map.of("reason", reason)));
    }

    /** Works the station by hand (manual) or lets the floor do it; empty when done, else why not. */
    public Optional<String> mode(Access access, String station, boolean manual) {
        return refusal(() -> api.mode(access.authorization(), station, Map.of("manual", manual)));
    }

    public Optional<String> unblock(Access access, String station) {
        return refusal(() -> api.unblock(access.authorization(), station));
    }

    /** The label PDF of a packed order; empty when it has none (not packed yet, or refused with a reason). */
    public Download label(Access access, String orderId) {
        return download(() -> api.label(access.authorization(), orderId));
    }

    public Download reprintLabel(Access access, String orderId) {
        return download(() -> api.reprintLabel(access.authorization(), orderId));
    }

    /** The QA checklist of the phone with this IMEI at a manual QA station, or factory-adapter's refusal. */
    public CommandOutcome<QaChecklist> qaChecklist(Access access, String imei) {
        return bench(QaChecklist.class, () -> api.qaChecklist(access.authorization(), imei));
    }

    /** Passes the phone with the visual checks the operator ticked, or factory-adapter's refusal naming each item. */
    public CommandOutcome<QaChecklist> passQa(Access access, String imei, List<String> ticked) {
        return bench(QaChecklist.class, () -> api.passQa(access.authorization(),
                Map.of("imei", imei, "visualChecks", ticked)));
    }

    /** Fails the phone with the operator's reason (back for rework), or factory-adapter's refusal. */
    public CommandOutcome<QaChecklist> failQa(Access access, String imei, String reason) {
        return bench(QaChecklist.class, () -> api.failQa(access.authorization(),
                Map.of("imei", imei, "reason", reason)));
    }

    /** Packs the scanned phone (booked, labelled), or factory-adapter's refusal. */
    public CommandOutcome<PackedParcel> pack(Access access, String imei) {
        return bench(PackedParcel.class, () -> api.pack(access.authorization(), Map.of("imei", imei)));
    }

    /**
     * An operator's scan at the kitting (kit the handset), flashing (start its flash) or shipping (hand its parcel to
     * the carrier) station, or factory-adapter's refusal.
     */
    public CommandOutcome<StationScan> scan(Access access, String station, String imei) {
        return bench(StationScan.class, () -> api.scan(access.authorization(), station, Map.of("imei", imei)));
    }

    /** Hands the parcel with this tracking number (scanned from its label) to the carrier, or the refusal. */
    public CommandOutcome<StationScan> shipParcel(Access access, String trackingNumber) {
        return bench(StationScan.class, () -> api.scan(access.authorization(), "shipping",
                Map.of("trackingNumber", trackingNumber)));
    }

    private static <T> CommandOutcome<T> bench(Class<T> type, java.util.function.Supplier<Response> call) {
        return CommandOutcome.send(call, type, "an operator's work at a bench", NAME, CommandOutcome.BENCH_REFUSALS);
    }

    /** A PDF, or why there is none. */
    public record Download(Optional<byte[]> pdf, int status, String reason) {
    }

    private static Download download(java.util.function.Supplier<Response> call) {
        try (Response response = call.get()) {
            if (response.getStatus() == 200) {
                return new Download(Optional.of(response.readEntity(byte[].class)), 200, "");
            }
            return new Download(Optional.empty(), response.getStatus(), reasonOf(response));
        } catch (WebApplicationException refused) {
            return new Download(Optional.empty(), refused.getResponse().getStatus(), reasonOf(refused.getResponse()));
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        }
    }

    private static Optional<String> refusal(java.util.function.Supplier<Response> call) {
        try (Response response = call.get()) {
            return response.getStatus() < 300 ? Optional.empty() : Optional.of(reasonOf(response));
        } catch (WebApplicationException refused) {
            return Optional.of(reasonOf(refused.getResponse()));
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        }
    }

    private static String reasonOf(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status == 401) {
            throw new BackendUnavailableException(NAME, "it answered HTTP " + status, null);
        }
        try {
            PlacedOrder.ProblemBody problem = response.readEntity(PlacedOrder.ProblemBody.class);
            return problem.errors() == null || problem.errors().isEmpty() ? problem.detail()
                    : problem.errors().get(0).reason();
        } catch (RuntimeException e) {
            return "refused (HTTP " + status + ")";
        }
    }
}
