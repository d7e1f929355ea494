package com.phonesmith.factory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImeiTest {

    @Test
    void anImeiWithItsLuhnCheckDigitIsValid() {
        assertThat(Imei.problem("490154203237518")).isEmpty();
        assertThat(Imei.problem("356938035643809")).isEmpty();
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckDigit() {
        assertThat(Imei.problem("490154203237519")).contains(
                "check digit of 490154203237519 should be 8: a digit was mistyped or misread");
        assertThat(Imei.problem("490154203273518")).get().asString().contains("check digit");
    }

    @Test
    void anythingButFifteenDigitsIsRefused() {
        assertThat(Imei.problem("49015420323751")).contains("must be 15 digits, got 49015420323751");
        assertThat(Imei.problem("49015420323751x")).get().asString().startsWith("must be 15 digits");
        assertThat(Imei.problem(" ")).contains("is required");
    }
}
