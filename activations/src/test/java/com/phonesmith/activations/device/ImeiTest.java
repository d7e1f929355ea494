package com.phonesmith.activations.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImeiTest {
    @Test
    void anImeiIsFifteenDigitsWithALuhnCheckDigit() {
        assertThat(Imei.problemWith("356938035643809")).isNull();
        assertThat(Imei.problemWith("490154203237518")).isNull();
    }

    @Test
    void aWrongCheckDigitOrAnotherLengthIsNamed() {
        assertThat(Imei.problemWith("356938035643808")).isEqualTo("has a wrong check digit");
        assertThat(Imei.problemWith("35693803564380")).isEqualTo("must be 15 digits");
        assertThat(Imei.problemWith("35693803564380a")).isEqualTo("must be 15 digits");
        assertThat(Imei.problemWith(null)).isEqualTo("must be 15 digits");
    }
}
