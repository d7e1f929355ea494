package com.phonesmith.workflow.timeline;

/**
 * What a timeline entry is, as stored and shown: its wire name and whether only staff read it. Two tables declare
 * them: {@link EntryType}, the entries order-workflow makes itself (commands sent, cancellations, what support saw
 * and did), and {@code order/OrderEvent}, the entries of the events other services announce.
 */
public interface EntryKind {
    /** The name stored in timeline_entry.type and shown in the API. */
    String wireName();

    /** Whether only staff read entries of this kind; a shopper's view leaves them out. */
    boolean internal();
}
