package com.phonesmith.web.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.web.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrderIdsTest {
    @Test
    void anIdIsTrimmed() {
        assertThat(OrderIds.validate("  ord-42_a ")).isEqualTo("ord-42_a");
        assertThat(OrderIds.validate("3f2b8c1e-7d0a-4a55-9a3e-0f5c2d9b7e11")).isEqualTo("3f2b8c1e-7d0a-4a55-9a3e-0f5c2d9b7e11");
    }

    @Test
    void anEmptyIdIsRejectedNamingTheField() {
        assertThatThrownBy(() -> OrderIds.validate(" ")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("id");
            assertThat(e.reason()).isEqualTo("must not be empty");
        });
        assertThatThrownBy(() -> OrderIds.validate(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anIdWithOtherCharactersOrTooLongIsRejected() {
        assertThatThrownBy(() -> OrderIds.validate("../admin")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only letters, digits");
        assertThatThrownBy(() -> OrderIds.validate("a".repeat(65))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 64");
    }
}
