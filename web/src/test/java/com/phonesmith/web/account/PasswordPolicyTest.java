package com.phonesmith.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void aLongPhraseOfOnesOwnIsAccepted() {
        assertThat(PasswordPolicy.problemWith("correct horse battery staple", "ada@example.org")).isEmpty();
    }

    @Test
    void shortCommonRepetitiveOrUsernamePasswordsAreRefusedWithTheReason() {
        assertThat(PasswordPolicy.problemWith("short", "ada")).contains("must be at least 10 characters long");
        assertThat(PasswordPolicy.problemWith("Password123", "ada")).contains("is too easy to guess: choose a longer phrase of your own");
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaa", "ada")).contains("is too easy to guess: choose a longer phrase of your own");
        assertThat(PasswordPolicy.problemWith("Ada@Example.org", "ada@example.org")).contains("must not be your username or e-mail address");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedRatherThanCutShort() {
        assertThat(PasswordPolicy.problemWith("é".repeat(40), "ada")).contains("must be at most 72 bytes long (about 70 letters)");
    }
}
