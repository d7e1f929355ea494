package com.phonesmith.configurator.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The two statements every order placement runs, as plain JDBC on the transaction's connection: looking its
 * idempotency key up (twice per order) and inserting the order. Through Hibernate they took about a sixth of the
 * service's CPU per order, more than the statements themselves (a flight recording of {@code configurator-intake}).
 * Everything else reads and changes orders as entities.
 */
@ApplicationScoped
public class OrderRows {
    private static final String HASH_OF_KEY = "select request_hash from customer_order where idempotency_key = ?";
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

    /** The request hash of the order placed with this key, as the caller's transaction sees it; empty if none. */
    @Transactional(Transactional.TxType.MANDATORY)
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
     * Inserts a new order in the caller's transaction. A concurrent order with the same idempotency key makes it fail
     * here, with the key's unique violation as the cause ({@link OrderService#violatesKeyConstraint}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(CustomerOrder order) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
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
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("order " + order.id + " could not be written: " + e.getMessage(), e);
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value, Types.DATE);
    }
}
