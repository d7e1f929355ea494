package com.phonesmith.factory.workorder;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claims work orders whose next step is due, with SELECT ... FOR UPDATE SKIP LOCKED, so several replicas share the
 * work without doing anything twice. Call inside the transaction that moves them on.
 */
final class DueWork {
    private DueWork() {
    }

    static List<WorkOrder> claim(WorkOrderStatus status, Instant now, int limit) {
        return claim(EnumSet.of(status), now, limit, Optional.empty());
    }

    /**
     * Due work, locked for this transaction. With a day, only orders booked on it or before (flashing starts no
     * order ahead of its slot, so no day takes more than its capacity), expedited and earliest ship-by first.
     */
    static List<WorkOrder> claim(Set<WorkOrderStatus> statuses, Instant now, int limit,
            Optional<LocalDate> bookedUpTo) {
        return claim(statuses, now, limit, bookedUpTo, "true");
    }

    /**
     * As above, only orders that also meet {@code condition} (SQL over work_order's columns, a constant of the
     * caller's, never input), e.g. the operator's scans a manual station waits for.
     */
    static List<WorkOrder> claim(Set<WorkOrderStatus> statuses, Instant now, int limit,
            Optional<LocalDate> bookedUpTo, String condition) {
        var query = Panache.getEntityManager().createNativeQuery((bookedUpTo.isPresent() ? """
                select order_id from work_order
                where status in (:statuses) and next_step_at <= :now and slot_day <= :day and (%1$s)
                order by expedited desc, ship_by, next_step_at
                limit :limit
                for update skip locked
                """ : """
                select order_id from work_order
                where status in (:statuses) and next_step_at <= :now and (%1$s)
                order by next_step_at
                limit :limit
                for update skip locked
                """).formatted(condition))
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("now", now)
                .setParameter("limit", limit);
        bookedUpTo.ifPresent(day -> query.setParameter("day", day));
        List<?> ids = query.getResultList();
        List<WorkOrder> orders = new ArrayList<>(ids.size());
        for (Object id : ids) {
            orders.add(WorkOrder.findById(id));
        }
        return orders;
    }
}
