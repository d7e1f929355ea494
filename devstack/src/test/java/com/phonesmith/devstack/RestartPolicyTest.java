package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final RestartPolicy policy = RestartPolicy.DEFAULT;

    @Test
    void theDelayDoublesWithEachExitInTheWindowUpToTheMaximum() {
        List<Instant> exits = new ArrayList<>();
        List<Duration> delays = new ArrayList<>();
        RestartPolicy patient = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 10, Duration.ofMinutes(10));
        for (int i = 0; i < 7; i++) {
            exits.add(NOW.plusSeconds(i));
            delays.add(patient.nextDelay(exits, NOW.plusSeconds(i)).orElseThrow());
        }

        assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    void aPartThatEndsFiveTimesWithinTenMinutesIsGivenUpOn() {
        List<Instant> exits = List.of(NOW.minusSeconds(500), NOW.minusSeconds(300), NOW.minusSeconds(100),
                NOW.minusSeconds(10), NOW);

        assertThat(policy.nextDelay(exits.subList(0, 4), NOW.minusSeconds(10))).isPresent();
        assertThat(policy.nextDelay(exits, NOW)).isEmpty();
    }

    @Test
    void exitsOlderThanTheWindowAreForgotten() {
        List<Instant> exits = List.of(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(30)), NOW);

        assertThat(policy.nextDelay(exits, NOW)).contains(Duration.ofSeconds(1));
    }
}
