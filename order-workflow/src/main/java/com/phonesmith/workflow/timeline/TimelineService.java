package com.phonesmith.workflow.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Appends to and reads the timelines of orders. */
@ApplicationScoped
public class TimelineService {
    /** Longest detail kept; the rest is cut with an ellipsis. */
    static final int MAX_DETAIL = 2000;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String orderId, EntryType type, String detail, Instant occurredAt) {
        TimelineEntry entry = new TimelineEntry();
        entry.orderId = orderId;
        entry.type = type.wireName();
        entry.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        entry.occurredAt = occurredAt;
        entry.persist();
    }

    /** The types of the entries recorded so far for the order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<EntryType> typesOf(String orderId) {
        List<String> names = TimelineEntry.getEntityManager()
                .createQuery("select distinct e.type from TimelineEntry e where e.orderId = :orderId", String.class)
                .setParameter("orderId", orderId)
                .getResultList();
        Set<EntryType> types = EnumSet.noneOf(EntryType.class);
        names.forEach(name -> types.add(EntryType.ofWireName(name)));
        return types;
    }

    /** The order's first entries by time (ties in the order they were recorded), at most {@code limit}. */
    public List<TimelineEntry> entriesOf(String orderId, int limit) {
        return TimelineEntry.<TimelineEntry>find("orderId = ?1 order by occurredAt, id", orderId)
                .page(0, limit)
                .list();
    }
}
