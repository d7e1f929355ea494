package com.phonesmith.web.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceInputTest {
    @Test
    void aPriceTypedInEurosIsReadInCents() {
        assertThat(PriceInput.minorUnits("12.99", "EUR")).isEqualTo(1299);
        assertThat(PriceInput.minorUnits("12", "EUR")).isEqualTo(1200);
        assertThat(PriceInput.minorUnits("12.5", "EUR")).isEqualTo(1250);
        assertThat(PriceInput.minorUnits(" €0.99 ", "EUR")).isEqualTo(99);
        assertThat(PriceInput.minorUnits("0", "EUR")).isZero();
        assertThat(PriceInput.minorUnits("1000000.00", "EUR")).isEqualTo(PriceInput.MAX_MINOR);
    }

    @Test
    void whatIsNotAPriceIsRefusedWithAReasonForThePage() {
        assertThatThrownBy(() -> PriceInput.minorUnits("  ", "EUR"))
                .hasMessage("Enter the new price in EUR, such as 12.99.");
        assertThatThrownBy(() -> PriceInput.minorUnits("12,99", "EUR"))
                .hasMessage("Write the cents after a point, such as 12.99.");
        assertThatThrownBy(() -> PriceInput.minorUnits("1.005", "EUR"))
                .hasMessage("The price may have at most 2 decimals, such as 12.99.");
        assertThatThrownBy(() -> PriceInput.minorUnits("-3", "EUR")).hasMessage("The price cannot be negative.");
        assertThatThrownBy(() -> PriceInput.minorUnits("1e3", "EUR"))
                .hasMessage("The price must be an amount in EUR such as 12.99, not “1e3”.");
        assertThatThrownBy(() -> PriceInput.minorUnits("1000000.01", "EUR"))
                .hasMessage("The price must be at most €1,000,000.00.");
        assertThatThrownBy(() -> PriceInput.minorUnits("99999999999999", "EUR"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDecimalsFollowTheCurrency() {
        assertThat(PriceInput.minorUnits("1299", "JPY")).isEqualTo(1299);
        assertThatThrownBy(() -> PriceInput.minorUnits("12.5", "JPY")).hasMessage("The price must be a whole amount"
                + " in JPY.");
        assertThat(PriceInput.typeable(1299, "EUR")).isEqualTo("12.99");
        assertThat(PriceInput.typeable(0, "EUR")).isEqualTo("0.00");
        assertThat(PriceInput.typeable(1299, "JPY")).isEqualTo("1299");
    }
}
