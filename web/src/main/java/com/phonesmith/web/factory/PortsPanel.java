package com.phonesmith.web.factory;

import com.phonesmith.web.backend.StationPort;
import com.phonesmith.web.format.DisplayTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The "Ports" panel of a station's console: a card per port with what it flashes and how far it got, read again by
 * the browser every {@link #BUSY_REFRESH} while a port works and every {@link #IDLE_REFRESH} while all are idle (or
 * factory-adapter does not answer).
 *
 * @param kind      the station, as its address names it
 * @param available whether factory-adapter answered
 * @param ports     the ports in port order
 */
public record PortsPanel(String kind, boolean available, List<PortCard> ports) {
    public static final String BUSY_REFRESH = "1s";
    public static final String IDLE_REFRESH = "5s";
    private static final Set<String> WORKING = Set.of("DOWNLOADING", "FLASHING", "BOOTING");

    /**
     * A port as its card shows it.
     *
     * @param tone     idle, progress, done or problem (its colour)
     * @param pieces   "piece 3 of 6", empty before anything is written
     * @param written  "1.2 MB of 3.4 MB", empty before the sizes are known
     */
    public record PortCard(int port, String address, String state, String stateLabel, String tone, String orderId,
            String imei, Integer attempt, String partition, int percent, String pieces, String written,
            String failure, DisplayTime retryAt, DisplayTime startedAt, DisplayTime updatedAt) {

        /** Whether anything of an attempt shows on the card (an idle port shows only its name and state). */
        public boolean hasWork() {
            return orderId != null;
        }

        /** Working now, or failed with another attempt to come. */
        public boolean busy() {
            return WORKING.contains(state) || ("FAILED".equals(state) && !retryAt.iso().isEmpty());
        }
    }

    static PortsPanel of(String kind, List<StationPort> ports, ZoneId zone) {
        return new PortsPanel(kind, true, ports.stream().map(port -> card(port, zone)).toList());
    }

    static PortsPanel unavailable(String kind) {
        return new PortsPanel(kind, false, List.of());
    }

    /** Whether any port works, so the panel is read again soon. */
    public boolean busy() {
        return ports.stream().anyMatch(PortCard::busy);
    }

    /** How soon the browser reads the panel again, as htmx's {@code every} takes it. */
    public String refresh() {
        return busy() ? BUSY_REFRESH : IDLE_REFRESH;
    }

    /** "3 of 32 ports working", "All 32 ports idle". */
    public String summary() {
        long working = ports.stream().filter(card -> WORKING.contains(card.state())).count();
        long idle = ports.stream().filter(card -> "IDLE".equals(card.state())).count();
        if (ports.isEmpty()) {
            return "This station has no ports.";
        }
        if (idle == ports.size()) {
            return "All " + ports.size() + " ports idle.";
        }
        return working + " of " + ports.size() + " ports working.";
    }

    private static PortCard card(StationPort port, ZoneId zone) {
        String state = port.state() == null ? "IDLE" : port.state().toUpperCase(Locale.ROOT);
        int percent = Math.max(0, Math.min(100, port.percent()));
        String pieces = port.piecesTotal() > 0 ? "piece " + port.piecesWritten() + " of " + port.piecesTotal() : "";
        String written = port.bytesTotal() > 0 ? bytes(port.bytesWritten()) + " of " + bytes(port.bytesTotal()) : "";
        return new PortCard(port.port(), port.address(), state, label(state), tone(state), port.orderId(),
                port.imei(), port.attempt(), port.partition(), percent, pieces, written, port.failure(),
                DisplayTime.of(port.retryAt(), zone), DisplayTime.of(port.startedAt(), zone),
                DisplayTime.of(port.updatedAt(), zone));
    }

    static String label(String state) {
        return switch (state) {
            case "IDLE" -> "Idle";
            case "DOWNLOADING" -> "Getting the image";
            case "FLASHING" -> "Flashing";
            case "BOOTING" -> "Rebooting and checking";
            case "DONE" -> "Done";
            case "WAITING_FOR_QA" -> "Flashed: waiting for QA at the bench";
            case "FAILED" -> "Failed";
            default -> state.charAt(0) + state.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    private static String tone(String state) {
        return switch (state) {
            case "DOWNLOADING", "FLASHING", "BOOTING" -> "progress";
            case "DONE", "WAITING_FOR_QA" -> "done";
            case "FAILED" -> "problem";
            default -> "idle";
        };
    }

    /** Bytes for people: "512 bytes", "48.2 kB", "3.4 MB" (powers of 1000, as disks and links count). */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1_000_000_000.0);
    }
}
