package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void aKeyOfLettersDigitsAndSeparatorsIsAccepted() {
        assertThat(IdempotencyKey.fromHeader("order-2026.12.01_a:B9").value()).isEqualTo("order-2026.12.01_a:B9");
        assertThat(IdempotencyKey.fromHeader("k").value()).isEqualTo("k");
        assertThat(IdempotencyKey.fromHeader("x".repeat(100)).value()).hasSize(100);
    }

    @Test
    void aMissingOrEmptyKeyIsABadRequestNamingTheHeader() {
        for (String header : new String[] {null, ""}) {
            assertThatThrownBy(() -> IdempotencyKey.fromHeader(header))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.errors()).containsExactly(new FieldError("Idempotency-Key", "is required"));
                    });
        }
    }

    @Test
    void aKeyWithOtherCharactersOrTooLongIsABadRequestNamingTheHeader() {
        for (String header : new String[] {"has space", "slash/key", "ключ", "x".repeat(101), "tab\t"}) {
            assertThatThrownBy(() -> IdempotencyKey.fromHeader(header))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("Idempotency-Key");
                    });
        }
    }
}
