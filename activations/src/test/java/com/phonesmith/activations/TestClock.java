package com.phonesmith.activations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Replaces the platform's clock in tests: it stands still at {@link #START} until a test moves it. */
public class TestClock {
    public static final Instant START = Instant.parse("2026-12-01T09:30:00Z");
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(START);

    public static Instant now() {
        return NOW.get();
    }

    public static void set(Instant instant) {
        NOW.set(instant);
    }

    public static void reset() {
        NOW.set(START);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Moving();
    }

    /** A subclass (not Clock.fixed) so that the bean can be proxied. */
    static class Moving extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(NOW.get(), zone);
        }

        @Override
        public Instant instant() {
            return NOW.get();
        }
    }
}
