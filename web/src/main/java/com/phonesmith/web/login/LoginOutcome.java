package com.phonesmith.web.login;

import com.phonesmith.web.account.Person;
import java.time.Duration;
import java.time.Instant;

/** How a sign-in attempt ended. */
public sealed interface LoginOutcome {
    /** The password was right. */
    record SignedIn(Person person) implements LoginOutcome {
    }

    /** Unknown username or wrong password (never said which); {@code attemptsLeft} before the lock, if known. */
    record Refused(int attemptsLeft, boolean lockedNow, Instant lockedUntil) implements LoginOutcome {
    }

    /** Too many recent failures: try again after {@code wait}; the password was not checked. */
    record TooSoon(Duration retryAfter, Instant lockedUntil, boolean fromAddress) implements LoginOutcome {
    }
}
