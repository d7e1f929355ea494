package com.phonesmith.workflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderIdTest {

    @Test
    void uuidsAndPrefixedIdsAreWellFormed() {
        assertThat(OrderId.isWellFormed("3f2a9c4e-1b7d-4e2f-9a51-0c6d8e7f1a2b")).isTrue();
        assertThat(OrderId.isWellFormed("order-3f2a9c4e-1b7d-4e2f-9a51-0c6d8e7f1a2b")).isTrue();
        assertThat(OrderId.isWellFormed("PS-2026_000123.1")).isTrue();
        assertThat(OrderId.problemWith("o".repeat(64))).isNull();
    }

    @Test
    void spacesSlashesAndLeadingPunctuationAreNot() {
        assertThat(OrderId.problemWith("not an id")).contains("letters, digits");
        assertThat(OrderId.problemWith("a/b")).contains("letters, digits");
        assertThat(OrderId.problemWith("-abc")).contains("starting with a letter or digit");
        assertThat(OrderId.problemWith("")).isEqualTo("must not be empty");
        assertThat(OrderId.problemWith(null)).isEqualTo("must not be empty");
    }

    @Test
    void anIdLongerThanSixtyFourCharactersIsRefusedWithItsLength() {
        assertThat(OrderId.problemWith("o".repeat(65))).isEqualTo("must be at most 64 characters");
    }
}
