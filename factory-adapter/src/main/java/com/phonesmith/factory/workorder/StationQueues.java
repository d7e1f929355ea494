package com.phonesmith.factory.workorder;

import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What waits at each station of the floor, read from the work orders. */
@ApplicationScoped
public class StationQueues {
    private final CapacityService capacity;
    private final FloorService floor;
    private final Clock clock;

    public StationQueues(CapacityService capacity, FloorService floor, Clock clock) {
        this.capacity = capacity;
        this.floor = floor;
        this.clock = clock;
    }

    /** What waits at a station, in the order it is worked: expedited first, then by ship-by date, then due time. */
    @Transactional
    public List<QueuedWork> queue(StationKind kind, int limit) {
        List<QueuedWork> queue = new ArrayList<>();
        for (Object row : atStation(kind, "select w.order_id, w.imei, w.model, w.colour, w.storage_gb, w.status,"
                + " w.slot_day, w.ship_by, w.expedited, w.next_step_at from work_order w where " + waitingAt(kind)
                + " order by w.expedited desc, w.ship_by, w.next_step_at, w.order_id limit :limit")
                .setParameter("limit", limit).getResultList()) {
            queue.add(QueuedWork.of((Object[]) row));
        }
        return queue;
    }

    @Transactional
    public long waiting(StationKind kind) {
        return ((Number) atStation(kind, "select count(*) from work_order w where " + waitingAt(kind))
                .getSingleResult()).longValue();
    }

    private Query atStation(StationKind kind, String sql) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        if (kind == StationKind.FLASHING) {
            query.setParameter("today", capacity.calendar().dateOf(clock.instant()));
        }
        return query;
    }

    /**
     * Kitting: a reserved handset still in the store room, or, when kitting is manual, any reserved handset not kitted
     * yet; flashing: booked up to today, or, when flashing is manual, a reserved handset (kitted, when kitting is
     * manual) whose flash no operator started yet; QA: waiting for an operator's QA, or failed and awaiting rework;
     * packing: QA passed; shipping: packed.
     */
    private String waitingAt(StationKind kind) {
        return waitingAt(kind, floor.isManual(StationKind.KITTING), floor.isManual(kind));
    }

    private static String waitingAt(StationKind kind, boolean kittingManual, boolean manual) {
        return switch (kind) {
            case KITTING -> manual ? "w.status in ('RESERVED', 'FLASH_PENDING') and w.kitted_at is null"
                    : "w.status in ('RESERVED', 'FLASH_PENDING') and exists (select 1 from"
                    + " handset h where h.imei = w.imei and h.station_host is null)";
            case FLASHING -> manual ? "w.status in ('RESERVED', 'FLASH_PENDING') and w.flash_started_at is null"
                    + " and w.slot_day <= :today" + (kittingManual ? " and w.kitted_at is not null" : "")
                    : "w.status in ('FLASH_PENDING', 'FLASHING') and w.slot_day <= :today";
            case QA -> "w.status in ('QA_PENDING', 'QA_FAILED')";
            case PACKING -> "w.status = 'QA_PASSED'";
            case SHIPPING -> "w.status = 'PACKED'";
        };
    }
}
