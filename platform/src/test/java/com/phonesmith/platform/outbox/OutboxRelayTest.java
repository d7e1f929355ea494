package com.phonesmith.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private final FakeStore store = new FakeStore();
    private final List<String> published = new ArrayList<>();

    @Test
    void acknowledgedMessagesAreMarkedSentInOrder() {
        store.add(1, "a");
        store.add(2, "b");
        OutboxRelay relay = new OutboxRelay(store, acceptingPublisher(), 10, Duration.ofSeconds(1));

        assertThat(relay.relayBatch()).isEqualTo(2);

        assertThat(published).containsExactly("a", "b");
        assertThat(store.unsent()).isEmpty();
    }

    @Test
    void aMessageTheBrokerRefusesStaysUnsentWithItsErrorAndIsRetriedNextPass() {
        store.add(1, "refused");
        store.add(2, "fine");
        MessagePublisher flaky = (topic, key, payload) -> payload.equals("refused")
                ? CompletableFuture.failedFuture(new IllegalStateException("broker down"))
                : acceptingPublisher().publish(topic, key, payload);
        OutboxRelay relay = new OutboxRelay(store, flaky, 10, Duration.ofSeconds(1));

        assertThat(relay.relayBatch()).isEqualTo(1);
        assertThat(store.unsent()).containsExactly(1L);
        assertThat(store.errors.get(1L)).contains("broker down");

        OutboxRelay recovered = new OutboxRelay(store, acceptingPublisher(), 10, Duration.ofSeconds(1));
        assertThat(recovered.relayBatch()).isEqualTo(1);
        assertThat(store.unsent()).isEmpty();
    }

    @Test
    void aCrashAfterPublishingButBeforeMarkingPublishesTheMessageAgain() {
        store.add(1, "a");
        store.failMarkingOnce = true;
        OutboxRelay relay = new OutboxRelay(store, acceptingPublisher(), 10, Duration.ofSeconds(1));

        try {
            relay.relayBatch();
        } catch (IllegalStateException crash) {
            // the transaction rolls back: the row stays unsent
        }
        relay.relayBatch();

        assertThat(published).containsExactly("a", "a");
        assertThat(store.unsent()).isEmpty();
    }

    @Test
    void aBrokerThatNeverAcknowledgesTimesOutAndLeavesTheMessageUnsent() {
        store.add(1, "a");
        OutboxRelay relay = new OutboxRelay(store, (t, k, p) -> new CompletableFuture<>(), 10, Duration.ofMillis(50));

        assertThat(relay.relayBatch()).isZero();

        assertThat(store.unsent()).containsExactly(1L);
        assertThat(store.errors.get(1L)).contains("no broker acknowledgement");
    }

    @Test
    void aPublisherThatBlocksEndsThePassAtTheAckTimeoutAndTheRestWaitForTheNextPass() {
        for (int i = 1; i <= 5; i++) {
            store.add(i, "m" + i);
        }
        AtomicLong now = new AtomicLong();
        MessagePublisher blocking = (topic, key, payload) -> {
            now.addAndGet(Duration.ofSeconds(4).toNanos());
            return new CompletableFuture<>();
        };
        OutboxRelay relay = new OutboxRelay(store, blocking, 10, Duration.ofSeconds(10), now::get);

        assertThat(relay.relayBatch()).isZero();

        assertThat(store.errors).containsOnlyKeys(1L, 2L, 3L);
        assertThat(store.unsent()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void oneBatchTakesAtMostTheBatchSize() {
        for (int i = 1; i <= 5; i++) {
            store.add(i, "m" + i);
        }
        OutboxRelay relay = new OutboxRelay(store, acceptingPublisher(), 2, Duration.ofSeconds(1));

        assertThat(relay.relayBatch()).isEqualTo(2);
        assertThat(store.unsent()).containsExactly(3L, 4L, 5L);
    }

    private MessagePublisher acceptingPublisher() {
        return (topic, key, payload) -> {
            published.add(payload);
            return CompletableFuture.completedFuture(null);
        };
    }

    private static final class FakeStore implements OutboxStore {
        final Map<Long, PendingMessage> rows = new LinkedHashMap<>();
        final Map<Long, String> errors = new LinkedHashMap<>();
        boolean failMarkingOnce;

        void add(long seq, String payload) {
            rows.put(seq, new PendingMessage(seq, "topic", "key-" + seq, payload));
        }

        List<Long> unsent() {
            return List.copyOf(rows.keySet());
        }

        @Override
        public List<PendingMessage> claimUnsent(int limit) {
            return rows.values().stream().limit(limit).toList();
        }

        @Override
        public void markSent(List<Long> seqs) {
            if (failMarkingOnce) {
                failMarkingOnce = false;
                throw new IllegalStateException("crash before commit");
            }
            seqs.forEach(rows::remove);
        }

        @Override
        public void markFailed(long seq, String error) {
            errors.put(seq, error);
        }
    }
}
