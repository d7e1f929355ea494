package com.phonesmith.platform.outbox;

/** An unsent outbox row as the relay sees it. */
public record PendingMessage(long seq, String topic, String key, String payload) {
}
