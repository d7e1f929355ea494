package com.phonesmith.factory.floor;

import com.phonesmith.factory.station.StationConfig;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Blocking and unblocking the floor's stations; the workers ask before they start anything at one. */
@ApplicationScoped
public class FloorService {
    static final int MAX_REASON = 500;

    private final StationConfig config;

    public FloorService(StationConfig config) {
        this.config = config;
    }

    /**
     * Whether an operator works each phone at the station by hand: as an operator last set it, else as configured
     * ({@code factory.stations.<kind>.manual}).
     */
    @Transactional
    public boolean isManual(StationKind kind) {
        FloorStation station = FloorStation.findById(kind);
        return station != null && station.manual != null ? station.manual : configured(kind);
    }

    private boolean configured(StationKind kind) {
        return switch (kind) {
            case KITTING -> config.kitting().manual();
            case FLASHING -> config.flashing().manual();
            case QA -> config.qa().manual();
            case PACKING -> config.packing().manual();
            case SHIPPING -> config.shipping().manual();
        };
    }

    /** An operator switches the station to manual or automatic; null goes back to the configured mode. */
    @Transactional
    public void setManual(StationKind kind, Boolean manual) {
        FloorStation station = FloorStation.findById(kind, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (station == null) {
            station = new FloorStation();
            station.kind = kind;
            station.persist();
        }
        station.manual = manual;
    }

    @Transactional
    public boolean isBlocked(StationKind kind) {
        FloorStation station = FloorStation.findById(kind);
        return station != null && station.blocked;
    }

    /** Every station, with how much work waits at it (counted by the caller, who knows the work orders). */
    @Transactional
    public List<StationView> stations(Function<StationKind, Long> waiting) {
        Map<StationKind, FloorStation> byKind = FloorStation.<FloorStation>listAll().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.kind, s -> s));
        return Arrays.stream(StationKind.values()).map(kind -> {
            FloorStation s = byKind.get(kind);
            boolean manual = isManual(kind);
            return s == null ? new StationView(kind, false, null, null, null, waiting.apply(kind), manual)
                    : new StationView(kind, s.blocked, s.reason, s.changedBy, s.changedAt, waiting.apply(kind),
                            manual);
        }).toList();
    }

    @Transactional
    public void block(StationKind kind, String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason", "is required: say why the station stops, for the next shift");
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.badRequest("reason", "at most " + MAX_REASON + " characters");
        }
        change(kind, true, reason.strip(), by, now);
    }

    @Transactional
    public void unblock(StationKind kind, String by, Instant now) {
        change(kind, false, null, by, now);
    }

    private static void change(StationKind kind, boolean blocked, String reason, String by, Instant now) {
        FloorStation station = FloorStation.findById(kind, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (station == null) {
            station = new FloorStation();
            station.kind = kind;
            station.persist();
        }
        station.blocked = blocked;
        station.reason = reason;
        station.changedBy = by;
        station.changedAt = now;
    }

    public static StationKind parse(String kind) {
        try {
            return StationKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest("station", "must be one of " + Arrays.toString(StationKind.values())
                    .replaceAll("[\\[\\]]", "").toLowerCase(java.util.Locale.ROOT) + ", got " + kind);
        }
    }
}
