package com.phonesmith.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UntilExpiryTest {
    private record Known(String value, long expiresAt) {
    }

    private final AtomicInteger computed = new AtomicInteger();
    private final UntilExpiry<Known> cache = new UntilExpiry<>(2, Known::expiresAt);

    private Known compute(String token, long expiresAt) {
        computed.incrementAndGet();
        return new Known(token.toUpperCase(), expiresAt);
    }

    @Test
    void aTokenIsWorkedOnOnceUntilItExpires() {
        assertThat(cache.get("a", 100, t -> compute(t, 160)).value()).isEqualTo("A");
        assertThat(cache.get("a", 159, t -> compute(t, 220)).expiresAt()).isEqualTo(160);
        assertThat(computed).hasValue(1);

        assertThat(cache.get("a", 160, t -> compute(t, 220)).expiresAt()).isEqualTo(220);
        assertThat(computed).hasValue(2);
    }

    @Test
    void anExpiredResultIsAnsweredButNotRemembered() {
        cache.get("old", 100, t -> compute(t, 90));
        cache.get("old", 100, t -> compute(t, 90));

        assertThat(computed).hasValue(2);
    }

    @Test
    void aFullCacheStartsAgainEmpty() {
        cache.get("a", 0, t -> compute(t, 10));
        cache.get("b", 0, t -> compute(t, 10));
        cache.get("c", 0, t -> compute(t, 10));
        cache.get("a", 0, t -> compute(t, 10));

        assertThat(computed).hasValue(4);
    }

    @Test
    void peekingAnswersOnlyWhatIsRememberedAndStillValid() {
        assertThat(cache.peek("a", 100)).isNull();
        cache.get("a", 100, t -> compute(t, 160));

        assertThat(cache.peek("a", 159).value()).isEqualTo("A");
        assertThat(cache.peek("a", 160)).isNull();
        assertThat(computed).hasValue(1);
    }
}
