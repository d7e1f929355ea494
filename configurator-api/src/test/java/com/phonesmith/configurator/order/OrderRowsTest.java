package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The order rows as placement writes them with plain JDBC are the ones Hibernate reads, every column of them. */
@QuarkusTest
class OrderRowsTest extends RealInfrastructure {
    @Inject
    OrderRows rows;

    @Inject
    DataSource dataSource;

    @Test
    void aBatchOfOrdersIsWrittenWhole() {
        List<CustomerOrder> batch = List.of(order("rows-" + UUID.randomUUID()), order("rows-" + UUID.randomUUID()),
                order("rows-" + UUID.randomUUID()));

        insert(batch.toArray(CustomerOrder[]::new));

        for (CustomerOrder written : batch) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> CustomerOrder.<CustomerOrder>findById(written.id)))
                    .usingRecursiveComparison().ignoringFieldsMatchingRegexes("\\$\\$_hibernate_.*")
                    .isEqualTo(written);
        }
    }

    @Test
    void keysAreFoundWithTheRequestsTheyWerePlacedForAndUnknownKeysAreNot() throws Exception {
        CustomerOrder first = order("rows-" + UUID.randomUUID());
        CustomerOrder second = order("rows-" + UUID.randomUUID());
        second.requestHash = "c".repeat(64);
        insert(first, second);

        assertThat(QuarkusTransaction.requiringNew().call(() -> rows.requestHashOf(first.idempotencyKey)))
                .contains(first.requestHash);
        assertThat(QuarkusTransaction.requiringNew().call(() -> rows.requestHashOf("rows-never-used"))).isEmpty();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(rows.requestHashesOf(connection, List.of(first.idempotencyKey, "rows-never-used",
                    second.idempotencyKey))).containsOnly(entry(first.idempotencyKey, first.requestHash),
                    entry(second.idempotencyKey, second.requestHash));
        }
    }

    @Test
    void aSecondOrderWithTheSameKeyFailsOnTheKeysConstraintAndTakesItsBatchWithIt() {
        CustomerOrder first = order("rows-" + UUID.randomUUID());
        CustomerOrder other = order("rows-" + UUID.randomUUID());
        CustomerOrder twin = order(first.idempotencyKey);
        insert(first);

        assertThatThrownBy(() -> insert(other, twin)).hasStackTraceContaining("customer_order_idempotency_key_unique");
        for (CustomerOrder refused : List.of(other, twin)) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> CustomerOrder.<CustomerOrder>findById(refused.id)))
                    .isNull();
        }
    }

    @Test
    void beforeAPaymentAKeyWithAnOrderAnswersItsRequestAndANewKeyTakesItsPaymentsQueuedVoidOut() throws Exception {
        CustomerOrder placed = order("rows-" + UUID.randomUUID());
        insert(placed);
        String placedPayment = OrderFingerprint.sha256("retried payment of " + placed.id);
        String newPayment = OrderFingerprint.sha256("payment of a new key " + UUID.randomUUID());
        queueVoid(placedPayment);
        queueVoid(newPayment);

        assertThat(rows.checkKeyAndForgetQueuedVoid(placed.idempotencyKey, placedPayment))
                .isEqualTo(new OrderRows.KeyCheck(Optional.of(placed.requestHash), false));
        assertThat(rows.checkKeyAndForgetQueuedVoid("rows-" + UUID.randomUUID(), newPayment))
                .isEqualTo(new OrderRows.KeyCheck(Optional.empty(), true));
        assertThat(rows.checkKeyAndForgetQueuedVoid("rows-" + UUID.randomUUID(), newPayment))
                .as("nothing queued any more").isEqualTo(new OrderRows.KeyCheck(Optional.empty(), false));

        assertThat(voidQueued(placedPayment)).as("a retry's void stays queued").isTrue();
        assertThat(voidQueued(newPayment)).as("the void of a payment about to be authorised").isFalse();
    }

    private void queueVoid(String paymentKey) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var queue = connection.prepareStatement(
                "insert into payment_void (payment_key, queued_at) values (?, now())")) {
            queue.setString(1, paymentKey);
            queue.executeUpdate();
        }
    }

    private boolean voidQueued(String paymentKey) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select 1 from payment_void where payment_key = ?")) {
            select.setString(1, paymentKey);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private void insert(CustomerOrder... orders) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                rows.insertAll(connection, List.of(orders));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** An order as placement fills it: every field it sets, none of those set later (capture, cancellation). */
    private static CustomerOrder order(String key) {
        Instant placed = Instant.parse("2026-12-03T10:15:30.123456Z");
        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        order.status = OrderStatus.PLACED;
        order.maker = "lumo";
        order.model = "lumo-one";
        order.colour = "coral";
        order.storageGb = 128;
        order.features = List.of("privacy-dns", "work-profile");
        order.apps = List.of("signal", "osmand");
        order.priceMinor = 42_900;
        order.currency = "EUR";
        order.customerEmail = "grace@example.com";
        order.placedAt = placed;
        order.idempotencyKey = key;
        order.requestHash = "a".repeat(64);
        order.customerId = "shopper-rows";
        order.clientAddress = "198.51.100.7";
        order.trackingTokenHash = "b".repeat(64);
        order.paymentKey = OrderFingerprint.sha256("payment of " + order.id);
        order.paymentAuthorisation = "auth-" + order.id;
        order.promisedShipDate = LocalDate.parse("2026-12-07");
        order.promisedDeliveryDate = LocalDate.parse("2026-12-09");
        PaymentRules.authorised(order, order.priceMinor, placed);
        return order;
    }
}
