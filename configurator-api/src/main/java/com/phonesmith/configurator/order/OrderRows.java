package com.phonesmith.configurator.order;

import com.phonesmith.configurator.payment.Payments;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The statements every order placement runs, as plain JDBC on the transaction's connection: looking idempotency keys
 * up and inserting orders, a batch of them at once ({@link OrderWriter}). Through Hibernate the lookup and the insert
 * of one order took about a sixth of the service's CPU per order, more than the statements themselves (a flight
 * recording of {@code configurator-intake}). Everything else reads and changes orders as entities.
 */
@ApplicationScoped
public class OrderRows {
    private static final String HASH_OF_KEY = "select request_hash from customer_order where idempotency_key = ?";
    private static final String PLACED_OR_FORGET_VOID = "select request_hash, void_forgotten"
            + " from placed_request_or_forget_void(?, ?, ?)";
    // one lookup of the unique key per key, rather than "idempotency_key = any(?)": a prepared statement's generic
    // plan, made while the table was small, scanned the whole table for that on every batch from then on
    private static final String HASHES_OF_KEYS = "select k, (select request_hash from customer_order"
            + " where idempotency_key = k) from unnest(?::text[]) k";
    private static final String INSERT = """
            insert into customer_order (id, status, maker_code, model_code, colour, storage_gb, features, apps,
                price_minor, currency, customer_email, placed_at, idempotency_key, request_hash, customer_id,
                client_address, tracking_token_hash, payment_key, payment_authorisation, quote_id,
                promised_delivery_date, promised_ship_date, cancelled_at, cancellation_reason, payment_status,
                payment_authorised_minor, payment_authorised_at, payment_captured_minor, payment_captured_at,
                payment_refunded_minor, payment_released_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;

    public OrderRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The request hash of the order placed with this key, as the caller's transaction sees it (or, outside one, as
     * committed now); empty if none.
     */
    public Optional<String> requestHashOf(String idempotencyKey) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(HASH_OF_KEY)) {
            select.setString(1, idempotencyKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the order of an idempotency key could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * What a key's check before its payment found: the request hash of the order placed with the key, if there is
     * one; otherwise whether a void of the payment key, queued from an earlier attempt, was taken out of the queue.
     */
    public record KeyCheck(Optional<String> placedFor, boolean voidForgotten) {
    }

    /**
     * In one statement of its own (outside any transaction): the request hash of the order placed with this key if
     * there is one; otherwise a void of the payment key still queued from an earlier attempt is taken out of the
     * queue under the payment's lock, as {@link Payments#forgetQueuedVoid} does, so that it cannot release the hold
     * authorised next.
     */
    public KeyCheck checkKeyAndForgetQueuedVoid(String idempotencyKey, String paymentKey) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement call = connection.prepareStatement(PLACED_OR_FORGET_VOID)) {
            call.setString(1, idempotencyKey);
            call.setString(2, Payments.lockKey(paymentKey));
            call.setString(3, paymentKey);
            try (ResultSet row = call.executeQuery()) {
                row.next();
                return new KeyCheck(Optional.ofNullable(row.getString(1)), row.getBoolean(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the order of an idempotency key could not be read: " + e.getMessage(), e);
        }
    }

    /** The request hash of each of these keys that has an order, as the connection's transaction sees it. */
    Map<String, String> requestHashesOf(Connection connection, Collection<String> idempotencyKeys) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(HASHES_OF_KEYS)) {
            select.setArray(1, connection.createArrayOf("text", idempotencyKeys.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(2) != null) {
                        hashes.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        }
        return hashes;
    }

    /**
     * Inserts new orders in the connection's transaction, in one round trip. An order whose idempotency key another
     * one has makes it fail on the key's unique constraint: the writer's lock of each key keeps that from happening.
     */
    void insertAll(Connection connection, List<CustomerOrder> orders) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CustomerOrder order : orders) {
                bind(connection, insert, order);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(Connection connection, PreparedStatement insert, CustomerOrder order)
            throws SQLException {
        int i = 0;
        insert.setObject(++i, order.id);
        insert.setString(++i, order.status.name());
        insert.setString(++i, order.maker);
        insert.setString(++i, order.model);
        insert.setString(++i, order.colour);
        insert.setInt(++i, order.storageGb);
        insert.setArray(++i, connection.createArrayOf("text", order.features.toArray()));
        insert.setArray(++i, connection.createArrayOf("text", order.apps.toArray()));
        insert.setLong(++i, order.priceMinor);
        insert.setString(++i, order.currency);
        insert.setString(++i, order.customerEmail);
        setInstant(insert, ++i, order.placedAt);
        insert.setString(++i, order.idempotencyKey);
        insert.setString(++i, order.requestHash);
        insert.setString(++i, order.customerId);
        insert.setString(++i, order.clientAddress);
        insert.setString(++i, order.trackingTokenHash);
        insert.setString(++i, order.paymentKey);
        insert.setString(++i, order.paymentAuthorisation);
        insert.setObject(++i, order.quoteId, Types.OTHER);
        setDate(insert, ++i, order.promisedDeliveryDate);
        setDate(insert, ++i, order.promisedShipDate);
        setInstant(insert, ++i, order.cancelledAt);
        insert.setString(++i, order.cancellationReason);
        insert.setString(++i, order.paymentStatus == null ? null : order.paymentStatus.name());
        insert.setObject(++i, order.paymentAuthorisedMinor, Types.BIGINT);
        setInstant(insert, ++i, order.paymentAuthorisedAt);
        insert.setObject(++i, order.paymentCapturedMinor, Types.BIGINT);
        setInstant(insert, ++i, order.paymentCapturedAt);
        insert.setObject(++i, order.paymentRefundedMinor, Types.BIGINT);
        setInstant(insert, ++i, order.paymentReleasedAt);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value, Types.DATE);
    }
}
