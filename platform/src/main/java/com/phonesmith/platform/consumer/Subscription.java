package com.phonesmith.platform.consumer;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one consumer of a topic takes: its name (the inbox's consumer column), the event types it handles (others
 * on the topic are passed over without a transaction), how many times a message is tried, and which failures are
 * worth trying again (besides the transient ones every consumer retries: see {@link Transient}).
 */
public record Subscription(String consumer, Set<String> eventTypes, int attempts, Predicate<Throwable> retryable,
        Consumer<Throwable> onRetry) {

    /** A consumer of these event types, trying a message up to three times on a transient failure. */
    @SafeVarargs
    public static Subscription of(String consumer, Class<? extends Event>... types) {
        return new Subscription(consumer, Arrays.stream(types).map(type -> EventCodec.typeOf(type).name())
                .collect(Collectors.toUnmodifiableSet()), 3, failure -> false, failure -> { });
    }

    /** The same consumer, trying a message up to {@code attempts} times. */
    public Subscription attempts(int attempts) {
        return new Subscription(consumer, eventTypes, Math.max(1, attempts), retryable, onRetry);
    }

    /** The same consumer, also trying again after failures that {@code alsoRetryable} accepts. */
    public Subscription retryingAlso(Predicate<Throwable> alsoRetryable) {
        return new Subscription(consumer, eventTypes, attempts, retryable.or(alsoRetryable), onRetry);
    }

    /** The same consumer, telling {@code listener} of each failure that is tried again (a counter, say). */
    public Subscription onRetry(Consumer<Throwable> listener) {
        return new Subscription(consumer, eventTypes, attempts, retryable, onRetry.andThen(listener));
    }

    /** Whether this consumer handles events of this type. */
    public boolean takes(String eventType) {
        return eventTypes.contains(eventType);
    }

    boolean worthRetrying(Throwable failure) {
        return Transient.is(failure) || causes(failure).anyMatch(retryable);
    }

    static java.util.stream.Stream<Throwable> causes(Throwable failure) {
        return java.util.stream.Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }
}
