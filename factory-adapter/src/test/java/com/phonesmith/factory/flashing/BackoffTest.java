package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesAfterEveryFailedAttempt() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 5);

        assertThat(backoff.delayAfter(1)).hasValue(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).hasValue(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(3)).hasValue(Duration.ofSeconds(40));
        assertThat(backoff.delayAfter(4)).hasValue(Duration.ofSeconds(80));
    }

    @Test
    void theWaitNeverExceedsTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(30), 100);

        assertThat(backoff.delayAfter(3)).hasValue(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(99)).hasValue(Duration.ofSeconds(30));
    }

    @Test
    void thereIsNoNextAttemptOnceEveryAttemptIsUsed() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 3);

        assertThat(backoff.delayAfter(2)).isPresent();
        assertThat(backoff.delayAfter(3)).isEmpty();
        assertThat(backoff.delayAfter(4)).isEmpty();
    }

    @Test
    void aSingleAttemptIsNeverRetried() {
        assertThat(new Backoff(Duration.ZERO, Duration.ZERO, 1).delayAfter(1)).isEmpty();
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
