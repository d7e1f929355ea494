package com.phonesmith.contracts.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingTokenTest {
    @Test
    void aTokenMatchesItsOwnHashAndNoOther() {
        String stored = TrackingToken.hash("0123456789abcdefghijABCDEFGHIJ-_xyzXYZ0123");

        assertThat(stored).hasSize(64).matches("[0-9a-f]+");
        assertThat(TrackingToken.matches("0123456789abcdefghijABCDEFGHIJ-_xyzXYZ0123", stored)).isTrue();
        assertThat(TrackingToken.matches("0123456789abcdefghijABCDEFGHIJ-_xyzXYZ0124", stored)).isFalse();
    }

    @Test
    void missingEmptyOrOversizedTokensNeverMatch() {
        String stored = TrackingToken.hash("");

        assertThat(TrackingToken.matches(null, stored)).isFalse();
        assertThat(TrackingToken.matches("", stored)).isFalse();
        assertThat(TrackingToken.matches("x".repeat(101), TrackingToken.hash("x".repeat(101)))).isFalse();
        assertThat(TrackingToken.matches("abc", null)).isFalse();
    }

    @Test
    void aMissingOrBlankHeaderPresentsNoToken() {
        assertThat(TrackingToken.fromHeader(null)).isEmpty();
        assertThat(TrackingToken.fromHeader("  ")).isEmpty();
        assertThat(TrackingToken.fromHeader("abc")).contains("abc");
    }
}
