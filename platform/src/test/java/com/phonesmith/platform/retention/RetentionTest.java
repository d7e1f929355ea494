package com.phonesmith.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.platform.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sent outbox rows and inbox rows past their retention go; unsent rows and recent ones stay. */
@QuarkusTest
class RetentionTest extends RealInfrastructure {
    @Inject
    Retention retention;
    @Inject
    EntityManager entities;

    @Test
    void onlySentOutboxRowsOlderThanTheRetentionAreRemovedAndNeverUnsentOnes() {
        Instant now = Instant.now();
        String sentLongAgo = outboxRow(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)));
        String sentJustNow = outboxRow(now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(4)));
        // a topic Kafka refuses: the relay can never send it, so it stays unsent however old
        String neverSent = outboxRow(now.minus(Duration.ofDays(3)), null, "not a topic!");

        Retention.Removed removed = retention.removeExpired();

        assertThat(removed.outbox()).isGreaterThanOrEqualTo(1);
        assertThat(outboxRowExists(sentLongAgo)).isFalse();
        assertThat(outboxRowExists(sentJustNow)).isTrue();
        assertThat(outboxRowExists(neverSent)).isTrue();
        assertThat(count("select count(*) from outbox_message where message_key = ?1 and sent_at is null",
                neverSent)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "delete from outbox_message where message_key = ?1").setParameter(1, neverSent).executeUpdate());
    }

    @Test
    void inboxRowsOlderThanTheRetentionAreRemovedInBatchesUntilNoneIsLeft() {
        Instant now = Instant.now();
        int old = 25;
        for (int i = 0; i < old; i++) {
            inboxRow(now.minus(Duration.ofDays(2)));
        }
        UUID recent = inboxRow(now.minus(Duration.ofHours(1)));

        Retention.Removed removed = retention.removeExpired();

        assertThat(removed.inbox()).isGreaterThanOrEqualTo(old);
        assertThat(count("select count(*) from inbox_message where handled_at < ?1",
                now.minus(Duration.ofHours(24)))).isZero();
        assertThat(count("select count(*) from inbox_message where message_id = ?1", recent)).isEqualTo(1);
    }

    private String outboxRow(Instant createdAt, Instant sentAt) {
        return outboxRow(createdAt, sentAt, "retention-test");
    }

    private String outboxRow(Instant createdAt, Instant sentAt, String topic) {
        String key = "retention-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("insert into outbox_message"
                + " (message_id, topic, message_key, payload, created_at) values (?1, ?4, ?2, '{}', ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, key).setParameter(4, topic)
                .setParameter(3, createdAt.atOffset(ZoneOffset.UTC)).executeUpdate());
        if (sentAt != null) {
            QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("update outbox_message"
                    + " set sent_at = ?2 where message_key = ?1").setParameter(1, key)
                    .setParameter(2, sentAt.atOffset(ZoneOffset.UTC)).executeUpdate());
        }
        return key;
    }

    private boolean outboxRowExists(String key) {
        return count("select count(*) from outbox_message where message_key = ?1", key) == 1;
    }

    private UUID inboxRow(Instant handledAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("insert into inbox_message"
                + " (message_id, consumer, handled_at) values (?1, 'retention-test', ?2)").setParameter(1, id)
                .setParameter(2, handledAt.atOffset(ZoneOffset.UTC)).executeUpdate());
        return id;
    }

    private long count(String sql, Object parameter) {
        Object value = parameter instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameter;
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(sql)
                .setParameter(1, value).getSingleResult()).longValue());
    }
}
