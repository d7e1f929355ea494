package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImeiTest {

    @Test
    void theLuhnCheckDigitOfAPublishedExampleIsRecognised() {
        assertThat(Imei.isValid("490154203237518")).isTrue();
        assertThat(Imei.isValid("490154203237517")).isFalse();
        assertThat(Imei.isValid("49015420323751")).isFalse();
    }

    @Test
    void aDerivedImeiHasFifteenDigitsAndAValidCheckDigit() {
        String imei = Imei.derive(new Variant("lumo-one", "coral", 64), 1);

        assertThat(imei).hasSize(15).containsOnlyDigits();
        assertThat(Imei.isValid(imei)).isTrue();
    }

    @Test
    void theSameVariantAndUnitAlwaysGetTheSameImeiAndOtherUnitsAnother() {
        Variant variant = new Variant("lumo-pro", "sand", 256);

        assertThat(Imei.derive(variant, 2)).isEqualTo(Imei.derive(new Variant("lumo-pro", "sand", 256), 2));
        assertThat(Imei.derive(variant, 2)).isNotEqualTo(Imei.derive(variant, 1));
        assertThat(Imei.derive(variant, 2)).isNotEqualTo(Imei.derive(new Variant("lumo-pro", "sand", 128), 2));
    }
}
