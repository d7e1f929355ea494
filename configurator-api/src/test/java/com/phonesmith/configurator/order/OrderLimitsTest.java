package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderLimitsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aBuyerMayOrderAgainWhenTheOrderThatReachedTheLimitLeavesTheWindow() {
        Duration wait = OrderLimits.retryAfter(NOW.minus(Duration.ofMinutes(45)), Duration.ofHours(1), NOW);

        assertThat(wait).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitIsNeverLessThanOneSecond() {
        assertThat(OrderLimits.retryAfter(NOW.minus(Duration.ofHours(2)), Duration.ofHours(1), NOW))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void waitsAreDescribedInWordsAPersonReads() {
        assertThat(OrderLimits.describe(Duration.ofMillis(1))).isEqualTo("1 second");
        assertThat(OrderLimits.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(OrderLimits.describe(Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(OrderLimits.describe(Duration.ofHours(3))).isEqualTo("3 hours");
    }
}
