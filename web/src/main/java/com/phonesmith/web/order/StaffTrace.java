package com.phonesmith.web.order;

import com.phonesmith.web.backend.Incident;
import com.phonesmith.web.backend.IncidentPage;
import com.phonesmith.web.backend.WorkOrder;
import com.phonesmith.web.format.DisplayTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What support's order page shows beside the timeline: the order's open incidents (each with its Retry) and the
 * factory's work order (its status, the handset's IMEI, the image's digest, the carrier), whose history joins the
 * timeline. {@code shown} is false for everybody else; a part whose service could not be asked is not
 * {@code loaded}, and the page says so instead of showing nothing.
 */
public record StaffTrace(boolean shown, boolean incidentsLoaded, List<IncidentRow> incidents, Factory factory) {

    /** An open incident of the order: what it waits for (in words), order-workflow's message, since when. */
    public record IncidentRow(String id, String waitingFor, String message, DisplayTime since) {
    }

    /**
     * The factory's side of the order; {@code known} false while the factory has no work order for it (not yet
     * scheduled), {@code loaded} false when factory-adapter could not be asked.
     */
    public record Factory(boolean loaded, boolean known, String status, String imei, String imageDigest,
            int attempts, String lastError, String carrier, String trackingNumber) {
        static Factory unavailable() {
            return new Factory(false, false, "", "", "", 0, "", "", "");
        }

        static Factory of(Optional<WorkOrder> workOrder) {
            return workOrder.map(w -> new Factory(true, true, words(w.status()), orEmpty(w.imei()),
                            orEmpty(w.imageDigest()), w.attempts(), orEmpty(w.lastError()), orEmpty(w.carrier()),
                            orEmpty(w.trackingNumber())))
                    .orElse(new Factory(true, false, "", "", "", 0, "", "", ""));
        }
    }

    public StaffTrace {
        incidents = List.copyOf(incidents);
    }

    /** For a viewer who is not support. */
    public static StaffTrace none() {
        return new StaffTrace(false, true, List.of(), Factory.of(Optional.empty()));
    }

    /**
     * Support's trace of the order: its incidents (null when order-workflow could not be asked; only this order's are
     * kept) and its work order (null when factory-adapter could not be asked).
     */
    static StaffTrace of(String orderId, IncidentPage incidents, Optional<WorkOrder> workOrder, ZoneId zone) {
        List<IncidentRow> rows = incidents == null ? List.of() : incidents.items().stream()
                .filter(i -> orderId.equals(i.orderId()))
                .map(i -> row(i, zone))
                .toList();
        return new StaffTrace(true, incidents != null, rows,
                workOrder == null ? Factory.unavailable() : Factory.of(workOrder));
    }

    private static IncidentRow row(Incident incident, ZoneId zone) {
        return new IncidentRow(incident.id(), eventWords(incident.waitingFor()), orEmpty(incident.message()),
                DisplayTime.of(incident.since(), zone));
    }

    /** "IN_FLASHING" is "In flashing". */
    static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "HandsetReserved" is "Handset reserved". */
    static String eventWords(String event) {
        return words(event == null ? null : event.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_"));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
