package com.phonesmith.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * What is known of each token, remembered by the token's exact text until the token expires: tokens are reused
 * (web for a minute per person, clients for their life), so the work is done once per token. Bounded: when full,
 * it starts again empty.
 *
 * @param <T> what is remembered of a token
 */
final class UntilExpiry<T> {
    private final int capacity;
    private final ToLongFunction<T> expiresAtSecond;
    private final Map<String, T> known = new ConcurrentHashMap<>();

    UntilExpiry(int capacity, ToLongFunction<T> expiresAtSecond) {
        this.capacity = capacity;
        this.expiresAtSecond = expiresAtSecond;
    }

    /** What is remembered of the token, or what {@code compute} makes of it (remembered unless already expired). */
    <E extends Exception> T get(String token, long nowSecond, Computation<T, E> compute) throws E {
        T value = known.get(token);
        if (value != null && expiresAtSecond.applyAsLong(value) > nowSecond) {
            return value;
        }
        value = compute.apply(token);
        if (expiresAtSecond.applyAsLong(value) > nowSecond) {
            if (known.size() >= capacity) {
                known.clear();
            }
            known.put(token, value);
        } else {
            known.remove(token);
        }
        return value;
    }

    /** What is remembered of the token if it has not expired; null otherwise. */
    T peek(String token, long nowSecond) {
        T value = known.get(token);
        return value != null && expiresAtSecond.applyAsLong(value) > nowSecond ? value : null;
    }

    /** Makes what is known of a token; may fail (a token that does not verify). */
    @FunctionalInterface
    interface Computation<T, E extends Exception> {
        T apply(String token) throws E;
    }
}
