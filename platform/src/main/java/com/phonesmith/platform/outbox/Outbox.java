package com.phonesmith.platform.outbox;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Records a message to publish, in the caller's transaction, so it is sent if and only if that commits. The row
 * is written with one prepared statement on the transaction's connection (the data source hands the transaction
 * the connection it already holds) rather than as a persisted entity: on a hot path such as activations, an
 * entity insert cost more than the rest of the request.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into outbox_message (message_id, topic, message_key, payload,"
            + " created_at) values (?, ?, ?, ?, ?)";

    private final EventCodec codec;
    private final Clock clock;
    private final DataSource dataSource;

    public Outbox(EventCodec codec, Clock clock, DataSource dataSource) {
        this.codec = codec;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Envelope publish(Event event) {
        Envelope envelope = codec.wrap(event, UUID.randomUUID(), clock.instant());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, envelope.id());
            insert.setString(2, EventCodec.typeOf(event.getClass()).topic());
            insert.setString(3, event.messageKey());
            insert.setString(4, codec.toJson(envelope));
            insert.setObject(5, envelope.occurredAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox row of " + envelope.type() + " could not be written: "
                    + e.getMessage(), e);
        }
        return envelope;
    }

    /**
     * A message made ready before its transaction (envelope and JSON), so that a service writing many in one
     * transaction ({@link #publishAll}) does not encode them while it holds the transaction open.
     */
    public record Prepared(UUID id, Instant occurredAt, String topic, String key, String payload) {
    }

    /** Encodes the event in its envelope now; nothing is recorded until {@link #publishAll} in a transaction. */
    public Prepared prepare(Event event) {
        UUID id = UUID.randomUUID();
        Instant occurredAt = clock.instant();
        return new Prepared(id, occurredAt, EventCodec.typeOf(event.getClass()).topic(), event.messageKey(),
                codec.toJson(event, id, occurredAt));
    }

    /** Records prepared messages in the caller's transaction, as one JDBC batch (one round trip). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Prepared> messages) {
        if (messages.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Prepared message : messages) {
                insert.setObject(1, message.id());
                insert.setString(2, message.topic());
                insert.setString(3, message.key());
                insert.setString(4, message.payload());
                insert.setObject(5, message.occurredAt().atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox rows of " + messages.size() + " messages could not be written: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Records a message exactly as it was first sent (its envelope keeps its own id, so the consumers' inboxes
     * still recognise it), for a replay to its original topic. The outbox row gets an id of its own, since the
     * original may have left this very outbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAsIs(String topic, String key, String payload) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, payload);
            insert.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox row of a message to " + topic + " could not be written: "
                    + e.getMessage(), e);
        }
    }
}
