package com.phonesmith.configurator.promise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps each key's value for a short while, as long as its lifetime says (read from the injected clock). Callers
 * asking for a key that is being loaded wait for that load rather than start another, so however many ask at once,
 * the source is asked once per key and lifetime. The keys must be few (here: the variants of the catalog).
 */
final class ShortCache<K, V> {
    private record Loaded<V>(V value, Instant at) {
    }

    private final ConcurrentHashMap<K, CompletableFuture<Loaded<V>>> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Function<V, Duration> lifetime;

    ShortCache(Clock clock, Function<V, Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The kept value of the key while it lives; otherwise a new one from {@code load}, kept from now on. */
    V get(K key, Supplier<V> load) {
        CompletableFuture<Loaded<V>> mine = new CompletableFuture<>();
        CompletableFuture<Loaded<V>> current = entries.compute(key, (k, kept) -> kept != null && alive(kept) ? kept
                : mine);
        if (current == mine) {
            try {
                mine.complete(new Loaded<>(load.get(), clock.instant()));
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        return current.join().value();
    }

    private boolean alive(CompletableFuture<Loaded<V>> kept) {
        if (!kept.isDone()) {
            return true; // somebody is loading it: wait for that answer
        }
        if (kept.isCompletedExceptionally()) {
            return false;
        }
        Loaded<V> loaded = kept.join();
        return clock.instant().isBefore(loaded.at().plus(lifetime.apply(loaded.value())));
    }
}
