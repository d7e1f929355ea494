package com.phonesmith.workflow.deadletter;

/** Where a dead letter stands: waiting for support, sent again to its topic, or set aside with a note. */
public enum DeadLetterStatus {
    OPEN, REPLAYED, DISCARDED
}
