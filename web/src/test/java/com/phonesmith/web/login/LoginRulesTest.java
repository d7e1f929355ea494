package com.phonesmith.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginRulesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final LoginRules rules = new LoginRules(3, Duration.ofSeconds(2), 5, Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        LoginRules.State state = LoginRules.State.CLEAN;
        for (int i = 0; i < 2; i++) {
            state = rules.afterFailure(state, T0);
        }

        assertThat(rules.before(state, T0)).isInstanceOf(LoginRules.Proceed.class);
        assertThat(rules.attemptsLeft(state)).isEqualTo(3);
    }

    @Test
    void fromTheThirdFailureEachAttemptWaitsTwiceAsLong() {
        LoginRules.State three = failures(3, T0);

        assertThat(rules.before(three, T0.plusSeconds(1))).isEqualTo(new LoginRules.Wait(Duration.ofSeconds(1)));
        assertThat(rules.before(three, T0.plusSeconds(2))).isInstanceOf(LoginRules.Proceed.class);

        LoginRules.State four = rules.afterFailure(three, T0.plusSeconds(2));
        assertThat(rules.before(four, T0.plusSeconds(5))).isEqualTo(new LoginRules.Wait(Duration.ofSeconds(1)));
        assertThat(rules.before(four, T0.plusSeconds(6))).isInstanceOf(LoginRules.Proceed.class);
    }

    @Test
    void theFifthFailureLocksTheAccountForAWhile() {
        LoginRules.State five = failures(5, T0);

        assertThat(five.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(rules.before(five, T0.plus(Duration.ofMinutes(14))))
                .isEqualTo(new LoginRules.Locked(T0.plus(Duration.ofMinutes(15))));
        assertThat(rules.before(five, T0.plus(Duration.ofMinutes(15)))).isInstanceOf(LoginRules.Proceed.class);
    }

    @Test
    void aFailureAfterTheLockRanOutStartsCountingAgain() {
        LoginRules.State after = rules.afterFailure(failures(5, T0), T0.plus(Duration.ofMinutes(20)));

        assertThat(after.failedLogins()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void aSuccessForgetsEveryFailure() {
        assertThat(rules.afterSuccess()).isEqualTo(LoginRules.State.CLEAN);
    }

    private LoginRules.State failures(int count, Instant at) {
        LoginRules.State state = LoginRules.State.CLEAN;
        for (int i = 0; i < count; i++) {
            state = rules.afterFailure(state, at);
        }
        return state;
    }
}
