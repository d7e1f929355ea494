package com.phonesmith.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.platform.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** The one way services consume: types passed over, retries of transient failures, the order in the log context. */
@QuarkusTest
class ConsumersTest extends RealInfrastructure {
    private static final Subscription PACKED = Subscription.of("consumers-test", Packed.class);

    @Inject
    Consumers consumers;
    @Inject
    EventCodec codec;
    @Inject
    EntityManager entities;

    @Test
    void anEventOfATypeTheSubscriptionDoesNotTakeIsPassedOverWithoutAnInboxRow() {
        UUID id = UUID.randomUUID();
        String json = codec.toJson(codec.wrap(new Shipped("order-s", "356938035643809", "carrier", "TRACK-1"), id,
                Instant.now()));
        AtomicInteger effects = new AtomicInteger();

        boolean ran = consumers.consume(PACKED, json, (envelope, event) -> effects.incrementAndGet());

        assertThat(ran).isFalse();
        assertThat(effects).hasValue(0);
        assertThat(inboxRows(id)).isZero();
    }

    @Test
    void aTransientFailureIsTriedAgainAndTheEffectLandsOnceWithItsInboxRow() {
        UUID id = UUID.randomUUID();
        String json = packed(id);
        AtomicInteger calls = new AtomicInteger();
        List<Throwable> retried = new CopyOnWriteArrayList<>();

        boolean ran = consumers.consume(PACKED.attempts(3).onRetry(retried::add), json, (envelope, event) -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("flush failed", new SQLException("could not serialize", "40001"));
            }
        });

        assertThat(ran).isTrue();
        assertThat(calls).hasValue(3);
        assertThat(retried).hasSize(2);
        assertThat(inboxRows(id)).isEqualTo(1);
        assertThat(consumers.consume(PACKED, json, (envelope, event) -> calls.incrementAndGet())).isFalse();
        assertThat(calls).hasValue(3);
    }

    @Test
    void anyOtherFailureIsThrownAtOnceAndLeavesNoInboxRowSoTheMessageCanComeAgain() {
        UUID id = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> consumers.consume(PACKED, packed(id), (envelope, event) -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("no such work order");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(calls).hasValue(1);
        assertThat(inboxRows(id)).isZero();
    }

    @Test
    void aFailureTheSubscriptionNamesIsRetriedEvenAsACauseAndTheLastAttemptsFailureIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        Subscription busyTwice = PACKED.attempts(2).retryingAlso(failure -> failure instanceof IllegalMonitorStateException);

        assertThatThrownBy(() -> consumers.consume(busyTwice, packed(UUID.randomUUID()), (envelope, event) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("commit failed", new IllegalMonitorStateException("process busy"));
        })).isInstanceOf(IllegalStateException.class).hasRootCauseInstanceOf(IllegalMonitorStateException.class);

        assertThat(calls).hasValue(2);
    }

    @Test
    void theOrderIdIsInTheLogContextWhileTheEffectRunsAndGoneAfter() {
        List<Object> seen = new CopyOnWriteArrayList<>();

        consumers.consume(PACKED, packed(UUID.randomUUID()), (envelope, event) -> seen.add(MDC.get("orderId")));

        assertThat(seen).containsExactly("order-p");
        assertThat(MDC.get("orderId")).isNull();
    }

    @Test
    void aMessageTheCodecCannotReadIsThrownForTheDeadLetterTopic() {
        assertThatThrownBy(() -> consumers.consume(PACKED, "{\"type\":\"Nonsense\"}", (envelope, event) -> { }))
                .hasMessageContaining("message lacks type, id or payload");
    }

    private String packed(UUID id) {
        return codec.toJson(codec.wrap(new Packed("order-p", "1"), id, Instant.now()));
    }

    private long inboxRows(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "select count(*) from inbox_message where message_id = ?1").setParameter(1, id).getSingleResult())
                .longValue());
    }
}
