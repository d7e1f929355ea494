package com.phonesmith.web.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B): long rather than clever, at most what bcrypt reads (72 bytes),
 * not the username, and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = Set.of("password12", "password123", "1234567890", "qwertyuiop",
            "123456789a", "iloveyou12", "passw0rd12", "letmein123", "welcome123", "phonesmith", "phonesmith1",
            "administrator", "qwerty1234", "abcdefghij", "0123456789");

    private PasswordPolicy() {
    }

    /** Why this password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes long (about 70 letters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be your username or e-mail address");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("is too easy to guess: choose a longer phrase of your own");
        }
        return Optional.empty();
    }
}
