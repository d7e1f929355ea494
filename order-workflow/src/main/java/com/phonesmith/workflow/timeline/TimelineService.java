package com.phonesmith.workflow.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Appends to and reads the timelines of orders. Every append also tells whoever listens on PostgreSQL channel
 * {@value #CHANGES_CHANNEL} that the order's timeline changed (payload: the order id), by a trigger on the table's
 * inserts, so an entry costs one statement. PostgreSQL delivers such a
 * notification only when the transaction commits (once per order and transaction), never when it rolls back, so a
 * listener reads what was committed. An order's status only changes together with an entry, in its transaction.
 */
@ApplicationScoped
public class TimelineService {
    /** The PostgreSQL channel that hears of every committed change of a timeline. */
    public static final String CHANGES_CHANNEL = "order_timeline";
    /** Longest detail kept; the rest is cut with an ellipsis. */
    static final int MAX_DETAIL = 2000;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String orderId, EntryKind type, String detail, Instant occurredAt) {
        TimelineEntry entry = new TimelineEntry();
        entry.orderId = orderId;
        entry.type = type.wireName();
        entry.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        entry.occurredAt = occurredAt;
        entry.persist(); // its insert notifies the channel (trigger timeline_entry_notifies, migration V6)
    }

    /** The wire names of the entry kinds recorded so far for the order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> typesOf(String orderId) {
        return Set.copyOf(TimelineEntry.getEntityManager()
                .createQuery("select distinct e.type from TimelineEntry e where e.orderId = :orderId", String.class)
                .setParameter("orderId", orderId)
                .getResultList());
    }

    /** The order's first entries by time (ties in the order they were recorded), at most {@code limit}. */
    public List<TimelineEntry> entriesOf(String orderId, int limit) {
        return TimelineEntry.<TimelineEntry>find("orderId = ?1 order by occurredAt, id", orderId)
                .page(0, limit)
                .list();
    }
}
