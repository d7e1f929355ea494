package com.phonesmith.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PricesTest {
    @Test
    void minorUnitsOfEuroAreWrittenWithTheEuroSignAndTwoDecimals() {
        assertThat(Prices.format(39900, "EUR")).isEqualTo("€399.00");
        assertThat(Prices.format(1999, "EUR")).isEqualTo("€19.99");
        assertThat(Prices.format(5, "EUR")).isEqualTo("€0.05");
        assertThat(Prices.format(0, "EUR")).isEqualTo("€0.00");
    }

    @Test
    void thousandsAreGroupedWithCommas() {
        assertThat(Prices.format(129900, "EUR")).isEqualTo("€1,299.00");
        assertThat(Prices.format(123456789, "EUR")).isEqualTo("€1,234,567.89");
    }

    @Test
    void aNegativeAmountStartsWithAMinusSign() {
        assertThat(Prices.format(-500, "EUR")).isEqualTo("-€5.00");
    }

    @Test
    void theCurrencyCodeIsReadInAnyCase() {
        assertThat(Prices.format(39900, "eur")).isEqualTo("€399.00");
        assertThat(Prices.format(1000, " gbp ")).isEqualTo("£10.00");
        assertThat(Prices.format(1000, "USD")).isEqualTo("$10.00");
    }

    @Test
    void aCurrencyWithoutASymbolHereIsWrittenWithItsCode() {
        assertThat(Prices.format(1250, "CHF")).isEqualTo("CHF 12.50");
    }

    @Test
    void theNumberOfDecimalsFollowsTheCurrency() {
        assertThat(Prices.format(1500, "JPY")).isEqualTo("JPY 1,500");
        assertThat(Prices.format(12345, "KWD")).isEqualTo("KWD 12.345");
    }

    @Test
    void anUnknownOrMissingCurrencyStillShowsTheAmount() {
        assertThat(Prices.format(1250, "XYZ1")).isEqualTo("XYZ1 12.50");
        assertThat(Prices.format(1250, null)).isEqualTo("12.50");
    }

    @Test
    void anOptionThatCostsNothingIsIncludedAndOtherwiseASurcharge() {
        assertThat(Prices.surcharge(0, "EUR")).isEqualTo("Included");
        assertThat(Prices.surcharge(1500, "EUR")).isEqualTo("+€15.00");
        assertThat(Prices.surcharge(-500, "EUR")).isEqualTo("-€5.00");
    }
}
