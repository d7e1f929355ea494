package com.phonesmith.configurator.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortCacheTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:30:00Z"));
    private final AtomicInteger loads = new AtomicInteger();

    private String load() {
        return "answer " + loads.incrementAndGet();
    }

    @Test
    void aValueIsReusedUntilItsLifetimeEndsAndThenLoadedAgain() {
        ShortCache<String, String> cache = new ShortCache<>(clock, value -> Duration.ofSeconds(30));

        assertThat(cache.get("lumo-one coral 128", this::load)).isEqualTo("answer 1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get("lumo-one coral 128", this::load)).isEqualTo("answer 1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("lumo-one coral 128", this::load)).isEqualTo("answer 2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void eachKeyIsKeptOnItsOwn() {
        ShortCache<String, String> cache = new ShortCache<>(clock, value -> Duration.ofSeconds(30));

        cache.get("lumo-one coral 128", this::load);
        cache.get("lumo-one ink 128", this::load);
        cache.get("lumo-one coral 128", this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void eachValueLivesAsLongAsItsLifetimeSays() {
        ShortCache<String, String> cache = new ShortCache<>(clock,
                value -> value.equals("answer 1") ? Duration.ofSeconds(5) : Duration.ofSeconds(30));

        cache.get("variant", this::load);
        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.get("variant", this::load)).isEqualTo("answer 2");
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get("variant", this::load)).isEqualTo("answer 2");
    }

    @Test
    void aZeroLifetimeKeepsNothing() {
        ShortCache<String, String> cache = new ShortCache<>(clock, value -> Duration.ZERO);

        cache.get("variant", this::load);
        cache.get("variant", this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadThatFailsIsNotKept() {
        ShortCache<String, String> cache = new ShortCache<>(clock, value -> Duration.ofSeconds(30));

        assertThatThrownBy(() -> cache.get("variant", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(cache.get("variant", this::load)).isEqualTo("answer 1");
    }

    @Test
    void manyCallersAskingAtOnceLoadOnceAndAllGetThatValue() throws Exception {
        ShortCache<String, String> cache = new ShortCache<>(clock, value -> Duration.ofSeconds(30));
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = pool.submit(() -> cache.get("variant", () -> {
                loading.countDown();
                await(release);
                return load();
            }));
            assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                others.add(pool.submit(() -> cache.get("variant", this::load)));
            }
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("answer 1");
            for (Future<String> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("answer 1");
            }
            assertThat(loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
