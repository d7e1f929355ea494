package com.phonesmith.factory.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void aTrackingNumberIsPsAndTenDigits() {
        assertThat(TrackingNumbers.forSequence(1)).matches("PS\\d{10}");
        assertThat(TrackingNumbers.forSequence(TrackingNumbers.CAPACITY)).matches("PS\\d{10}");
    }

    @Test
    void consecutiveSequenceValuesGiveDistinctNumbersThatDoNotLookConsecutive() {
        Set<String> seen = new HashSet<>();
        for (long n = 1; n <= 20_000; n++) {
            seen.add(TrackingNumbers.forSequence(n));
        }
        assertThat(seen).hasSize(20_000);
        long first = Long.parseLong(TrackingNumbers.forSequence(1).substring(2, 11));
        long second = Long.parseLong(TrackingNumbers.forSequence(2).substring(2, 11));
        assertThat(Math.abs(second - first)).isGreaterThan(1000);
    }

    @Test
    void everyIssuedNumberHasAValidCheckDigit() {
        for (long n = 1; n <= 1000; n++) {
            assertThat(TrackingNumbers.isValid(TrackingNumbers.forSequence(n))).isTrue();
        }
    }

    @Test
    void aMistypedDigitOrSwappedNeighboursAreDetected() {
        String number = TrackingNumbers.forSequence(42);
        char[] digits = number.toCharArray();
        digits[5] = (char) ('0' + (digits[5] - '0' + 1) % 10);
        assertThat(TrackingNumbers.isValid(new String(digits))).isFalse();

        String swapped = swapFirstUnequalNeighbours(number);
        assertThat(TrackingNumbers.isValid(swapped)).isFalse();
    }

    @Test
    void textThatIsNotATrackingNumberIsInvalid() {
        assertThat(TrackingNumbers.isValid(null)).isFalse();
        assertThat(TrackingNumbers.isValid("PS123")).isFalse();
        assertThat(TrackingNumbers.isValid("XX" + TrackingNumbers.forSequence(7).substring(2))).isFalse();
    }

    @Test
    void aSequenceValueOutsideTheNumberSpaceIsRefused() {
        assertThatThrownBy(() -> TrackingNumbers.forSequence(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingNumbers.forSequence(TrackingNumbers.CAPACITY + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String swapFirstUnequalNeighbours(String number) {
        char[] chars = number.toCharArray();
        for (int i = 2; i < chars.length - 1; i++) {
            // Luhn misses only the swap of 0 and 9
            if (chars[i] != chars[i + 1] && !(chars[i] + chars[i + 1] == '0' + '9')) {
                char c = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = c;
                return new String(chars);
            }
        }
        throw new IllegalStateException("no neighbours to swap in " + number);
    }
}
