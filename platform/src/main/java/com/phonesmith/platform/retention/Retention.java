package com.phonesmith.platform.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Removes sent outbox rows and inbox rows past their retention, in batches of one transaction each. */
@ApplicationScoped
public class Retention {
    private static final String OUTBOX = "delete from outbox_message where seq in (select seq from outbox_message"
            + " where sent_at < ?1 order by seq limit ?2)";
    private static final String INBOX = "delete from inbox_message where (message_id, consumer) in (select message_id,"
            + " consumer from inbox_message where handled_at < ?1 limit ?2)";

    private final EntityManager entities;
    private final Clock clock;
    private final RetentionConfig config;

    public Retention(EntityManager entities, Clock clock, RetentionConfig config) {
        this.entities = entities;
        this.clock = clock;
        this.config = config;
    }

    /** How many rows of each table were removed. */
    public record Removed(long outbox, long inbox) {
    }

    public Removed removeExpired() {
        Instant now = clock.instant();
        long outbox = removeAll(OUTBOX, now.minus(config.outboxSent()));
        long inbox = removeAll(INBOX, now.minus(config.inbox()));
        return new Removed(outbox, inbox);
    }

    private long removeAll(String delete, Instant before) {
        OffsetDateTime cutoff = before.atOffset(ZoneOffset.UTC);
        long total = 0;
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(delete)
                    .setParameter(1, cutoff).setParameter(2, config.batchSize()).executeUpdate());
            total += removed;
        } while (removed == config.batchSize());
        return total;
    }
}
