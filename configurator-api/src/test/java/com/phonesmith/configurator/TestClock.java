package com.phonesmith.configurator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replaces the platform's system clock in tests: time stands still at a known instant. */
public class TestClock {
    /** Nanosecond precision on purpose: orders keep microseconds, as PostgreSQL does. */
    public static final Instant NOW = Instant.parse("2026-12-01T09:30:00.123456789Z");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Fixed();
    }

    /** A subclass (not Clock.fixed) so that the bean can be proxied. */
    static class Fixed extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(NOW, zone);
        }

        @Override
        public Instant instant() {
            return NOW;
        }
    }
}
