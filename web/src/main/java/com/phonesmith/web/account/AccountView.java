package com.phonesmith.web.account;

import java.time.Instant;

/** An account as the admin page lists it: never its password hash. */
public record AccountView(String id, String username, String displayName, String role, String maker,
        int failedLogins, Instant lockedUntil, boolean locked) {

    static AccountView of(UserAccount account, Instant now) {
        boolean locked = account.lockedUntil != null && account.lockedUntil.isAfter(now);
        return new AccountView(account.id.toString(), account.username, account.displayName, account.role,
                account.maker == null ? "" : account.maker, account.failedLogins, account.lockedUntil, locked);
    }
}
