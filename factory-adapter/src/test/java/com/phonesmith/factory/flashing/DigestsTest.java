package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestsTest {
    private static final String HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void digestsCompareWithoutPrefixOrCase() {
        assertThat(Digests.same("sha256:" + HEX, HEX.toUpperCase())).isTrue();
        assertThat(Digests.same(HEX, "0" + HEX.substring(1))).isFalse();
        assertThat(Digests.same(null, HEX)).isFalse();
    }

    @Test
    void aReportedDigestIsWrittenLikeTheOrdersDigest() {
        assertThat(Digests.likeReference(HEX, "sha256:abc")).isEqualTo("sha256:" + HEX);
        assertThat(Digests.likeReference("SHA256:" + HEX, "abc")).isEqualTo(HEX);
    }
}
