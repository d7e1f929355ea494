package com.phonesmith.web.account;

import java.util.Optional;
import java.util.UUID;

/** Somebody signed in to web: the account and what tokens say of it. */
public record Person(UUID id, String username, String displayName, String role, Optional<String> maker,
        Optional<String> email) {
}
