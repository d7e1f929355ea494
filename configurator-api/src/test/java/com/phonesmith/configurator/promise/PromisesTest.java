package com.phonesmith.configurator.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.devstack.Ports;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The promise as the service gives it (client, cache and rules together), without Quarkus. */
class PromisesTest {
    private static final VariantCode VARIANT = new VariantCode("nordvik-one", "black", 128);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:30:00Z"));
    private final FakeFactory factory = FakeFactory.start();

    @AfterEach
    void stopFactory() {
        factory.close();
    }

    private static PromiseConfig config(String factoryUrl) {
        return new PromiseConfig() {
            @Override
            public URI factoryUrl() {
                return URI.create(factoryUrl);
            }

            @Override
            public Duration timeout() {
                return Duration.ofMillis(500);
            }

            @Override
            public Duration cacheFor() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration fallbackCacheFor() {
                return Duration.ofSeconds(5);
            }

            @Override
            public ZoneId zone() {
                return ZoneOffset.UTC;
            }
        };
    }

    @Test
    void theFactoryIsAskedOncePerVariantWhileItsAnswerIsFreshAndAgainWhenItIsNot() {
        Promises promises = new Promises(config(factory.url()), clock);
        factory.promise("nordvik-one", "black", 128, "2026-12-02", "2026-12-04");

        assertThat(promises.of(VARIANT).promisedDeliveryDate()).isEqualTo("2026-12-04");
        factory.promise("nordvik-one", "black", 128, "2026-12-03", "2026-12-05");
        clock.advance(Duration.ofSeconds(29));
        assertThat(promises.of(VARIANT).promisedDeliveryDate()).isEqualTo("2026-12-04");
        assertThat(factory.asked()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(promises.of(VARIANT).promisedDeliveryDate()).isEqualTo("2026-12-05");
        assertThat(factory.asked()).isEqualTo(2);
    }

    @Test
    void whenTheFactoryIsDownNothingIsPromisedAndItIsAskedAgainSoonerThanAfterAnAnswer() {
        Promises promises = new Promises(config(factory.url()), clock);
        Promise promise;
        try (FakeFactory.Outage down = factory.outage()) {
            promise = promises.of(VARIANT);
        }
        factory.promise("nordvik-one", "black", 128, "2026-12-02", "2026-12-04");

        assertThat(promise).isEqualTo(Promise.cannotPromiseNow(VARIANT));
        assertThat(promise.reason()).isEqualTo("we cannot promise a delivery date right now");
        clock.advance(Duration.ofSeconds(4));
        assertThat(promises.of(VARIANT).promisable()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(promises.of(VARIANT).promisable()).isTrue();
    }

    @Test
    void anAnswerThatCannotBeRightIsNotTrustedAndNotKeptForLong() {
        Promises promises = new Promises(config(factory.url()), clock);
        factory.promise("nordvik-one", "white", 128, "2026-12-02", "2026-12-04");

        assertThat(promises.of(VARIANT)).isEqualTo(Promise.cannotPromiseNow(VARIANT));
        factory.promise("nordvik-one", "black", 128, "2026-12-02", "2026-12-04");
        clock.advance(Duration.ofSeconds(5));
        assertThat(promises.of(VARIANT).promisable()).isTrue();
    }

    @Test
    void theSevenDaysCountFromTheClocksDay() {
        Promises promises = new Promises(config(factory.url()), clock);
        factory.promise("nordvik-one", "black", 128, "2026-12-07", "2026-12-09");

        assertThat(promises.of(VARIANT).promisable()).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(promises.of(VARIANT).promisedDeliveryDate()).isEqualTo("2026-12-09");
    }

    @Test
    void aFactoryNobodyListensOnPromisesNothing() {
        Promises promises = new Promises(config("http://127.0.0.1:" + Ports.free()), clock);

        assertThat(promises.of(VARIANT)).isEqualTo(Promise.cannotPromiseNow(VARIANT));
    }
}
