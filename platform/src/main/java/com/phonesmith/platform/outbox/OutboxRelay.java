package com.phonesmith.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Publishes claimed outbox messages and marks the acknowledged ones sent. A crash after publishing but
 * before marking leaves the row unsent, so the message is published again: delivery is at least once,
 * and consumers drop the repeat by message id.
 */
public class OutboxRelay {
    private final OutboxStore store;
    private final MessagePublisher publisher;
    private final int batchSize;
    private final Duration ackTimeout;
    private final LongSupplier nanoTime;

    public OutboxRelay(OutboxStore store, MessagePublisher publisher, int batchSize, Duration ackTimeout) {
        this(store, publisher, batchSize, ackTimeout, System::nanoTime);
    }

    OutboxRelay(OutboxStore store, MessagePublisher publisher, int batchSize, Duration ackTimeout,
            LongSupplier nanoTime) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.nanoTime = nanoTime;
    }

    /**
     * Relays one batch; returns how many messages the broker acknowledged. Call inside a transaction. A pass lasts
     * about the ack timeout at most: once it is up no more messages are handed to the publisher (a producer blocks
     * while the broker is unreachable), and those not acknowledged by then are marked failed and stay unsent.
     */
    public int relayBatch() {
        List<PendingMessage> batch = store.claimUnsent(batchSize);
        long deadline = nanoTime.getAsLong() + ackTimeout.toNanos();
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (PendingMessage message : batch) {
            if (nanoTime.getAsLong() - deadline >= 0) {
                break;
            }
            acks.add(publishSafely(message));
        }
        List<Long> sent = new ArrayList<>(acks.size());
        for (int i = 0; i < acks.size(); i++) {
            PendingMessage message = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
                sent.add(message.seq());
            } catch (ExecutionException e) {
                store.markFailed(message.seq(), describe(e.getCause()));
            } catch (TimeoutException e) {
                store.markFailed(message.seq(), "no broker acknowledgement within " + ackTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!sent.isEmpty()) {
            store.markSent(sent);
        }
        return sent.size();
    }

    private CompletableFuture<Void> publishSafely(PendingMessage message) {
        try {
            return publisher.publish(message.topic(), message.key(), message.payload()).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
