package com.phonesmith.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectsTest {
    @Test
    void onlyPathsOfThisSiteAreFollowedAfterSignIn() {
        assertThat(Redirects.safeNext("/orders/abc?token=x", "/home")).isEqualTo("/orders/abc?token=x");
        assertThat(Redirects.safeNext("https://evil.example/", "/home")).isEqualTo("/home");
        assertThat(Redirects.safeNext("//evil.example/", "/home")).isEqualTo("/home");
        assertThat(Redirects.safeNext("/\\evil.example", "/home")).isEqualTo("/home");
        assertThat(Redirects.safeNext("/ok\r\nSet-Cookie: x", "/home")).isEqualTo("/home");
        assertThat(Redirects.safeNext(null, "/home")).isEqualTo("/home");
    }
}
