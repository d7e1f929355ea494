package com.phonesmith.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressFailuresTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant WINDOW_START = Instant.parse("2026-12-03T16:00:00Z");
    private final AddressFailures failures = new AddressFailures(4, WINDOW);

    @Test
    void anAddressUnderTheLimitOverBothWindowsMayTry() {
        assertThat(failures.wait(1, 2, WINDOW_START.plusSeconds(60))).isEmpty();
    }

    @Test
    void failuresJustBeforeAWindowsBoundaryStillCountJustAfterIt() {
        Instant justAfter = WINDOW_START.plusMillis(1);

        assertThat(failures.windowStart(justAfter)).isEqualTo(WINDOW_START);
        assertThat(failures.previousWindowStart(justAfter)).isEqualTo(WINDOW_START.minus(WINDOW));
        assertThat(failures.wait(0, 4, justAfter)).contains(Duration.between(justAfter, WINDOW_START.plus(WINDOW)));
    }

    @Test
    void failuresSpreadOverBothWindowsRefuseUntilThePreviousOneStopsCounting() {
        Instant now = WINDOW_START.plusSeconds(300);

        assertThat(failures.wait(2, 2, now)).contains(Duration.ofMinutes(10));
    }

    @Test
    void theCurrentWindowAloneAtTheLimitRefusesUntilItStopsCountingToo() {
        Instant now = WINDOW_START.plusSeconds(300);

        assertThat(failures.wait(4, 0, now)).contains(Duration.ofMinutes(25));
    }
}
