package com.phonesmith.platform.outbox;

import java.util.List;

/** Where the relay finds unsent messages and records what happened to them. */
public interface OutboxStore {
    /** The oldest unsent messages, locked against other relays until the surrounding transaction ends. */
    List<PendingMessage> claimUnsent(int limit);

    void markSent(List<Long> seqs);

    void markFailed(long seq, String error);
}
