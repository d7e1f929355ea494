package com.phonesmith.configurator.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareCodeTest {
    @Test
    void theSameContentAlwaysGetsTheSameCodeAndAnotherContentAnother() {
        String code = ShareCode.of("model=lumo-one", 8);

        assertThat(code).hasSize(8).matches("[0-9a-z]+").isEqualTo(ShareCode.of("model=lumo-one", 8));
        assertThat(ShareCode.of("model=lumo-pro", 8)).isNotEqualTo(code);
    }

    @Test
    void aLongerCodeStartsWithTheShorterOne() {
        assertThat(ShareCode.of("model=lumo-one", 20)).hasSize(20).startsWith(ShareCode.of("model=lumo-one", 8));
    }

    @Test
    void codesAvoidLettersThatAreMisreadAndAreReadInAnyCase() {
        for (int i = 0; i < 500; i++) {
            assertThat(ShareCode.of("content " + i, 20)).doesNotContain("i", "l", "o", "u");
        }
        assertThat(ShareCode.parse(" 7K3MZQ2B ")).contains("7k3mzq2b");
    }

    @Test
    void textThatCannotBeACodeIsRefused() {
        assertThat(ShareCode.parse(null)).isEmpty();
        assertThat(ShareCode.parse("abc")).isEmpty();
        assertThat(ShareCode.parse("hello-world")).isEmpty();
        assertThat(ShareCode.parse("lollipop")).isEmpty();
        assertThat(ShareCode.parse("a".repeat(21))).isEmpty();
    }
}
