package com.phonesmith.web.login;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down and then locks an account under password guessing: after {@code slowDownAfter} failed sign-ins in a
 * row each further attempt must wait (the first delay, doubling each time), and {@code lockAfter} failures lock
 * the account for {@code lockDuration}. An attempt that has to wait is refused without checking the password, so
 * it tells a guesser nothing. A lock that has run out starts the count again.
 */
public final class LoginRules {
    /** What an account remembers of its failed sign-ins. */
    public record State(int failedLogins, Instant lastFailedAt, Instant lockedUntil) {
        public static final State CLEAN = new State(0, null, null);
    }

    /** Whether an attempt may check its password now. */
    public sealed interface Decision permits Proceed, Wait, Locked {
    }

    public record Proceed() implements Decision {
    }

    public record Wait(Duration retryAfter) implements Decision {
    }

    public record Locked(Instant until) implements Decision {
    }

    private final int slowDownAfter;
    private final Duration firstDelay;
    private final int lockAfter;
    private final Duration lockDuration;

    public LoginRules(int slowDownAfter, Duration firstDelay, int lockAfter, Duration lockDuration) {
        this.slowDownAfter = slowDownAfter;
        this.firstDelay = firstDelay;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
    }

    public Decision before(State state, Instant now) {
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return new Locked(state.lockedUntil());
        }
        if (lockRanOut(state, now) || state.failedLogins() < slowDownAfter || state.lastFailedAt() == null) {
            return new Proceed();
        }
        Instant next = state.lastFailedAt().plus(delayAfter(state.failedLogins()));
        return now.isBefore(next) ? new Wait(Duration.between(now, next)) : new Proceed();
    }

    public State afterFailure(State state, Instant now) {
        int failed = (lockRanOut(state, now) ? 0 : state.failedLogins()) + 1;
        return new State(failed, now, failed >= lockAfter ? now.plus(lockDuration) : null);
    }

    public State afterSuccess() {
        return State.CLEAN;
    }

    /** Failures left before the lock. */
    public int attemptsLeft(State state) {
        return Math.max(0, lockAfter - state.failedLogins());
    }

    private Duration delayAfter(int failedLogins) {
        int doublings = Math.min(16, failedLogins - slowDownAfter);
        return firstDelay.multipliedBy(1L << doublings);
    }

    private static boolean lockRanOut(State state, Instant now) {
        return state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
    }
}
