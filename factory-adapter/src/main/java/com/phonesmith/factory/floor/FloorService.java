package com.phonesmith.factory.floor;

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
            return s == null ? new StationView(kind, false, null, null, null, waiting.apply(kind))
                    : new StationView(kind, s.blocked, s.reason, s.changedBy, s.changedAt, waiting.apply(kind));
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
