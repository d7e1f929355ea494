package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order's row as placement writes it with plain JDBC is the one Hibernate reads, every column of it. */
@QuarkusTest
class OrderRowsTest extends RealInfrastructure {
    @Inject
    OrderRows rows;

    @Test
    void anOrderWrittenWithoutHibernateReadsBackWholeAsAnEntity() {
        CustomerOrder written = order("rows-" + UUID.randomUUID());

        QuarkusTransaction.requiringNew().run(() -> rows.insert(written));

        CustomerOrder read = QuarkusTransaction.requiringNew().call(() -> CustomerOrder.<CustomerOrder>findById(written.id));
        // (Hibernate's enhancement adds fields of its own to every entity; they are no column)
        assertThat(read).usingRecursiveComparison().ignoringFieldsMatchingRegexes("\\$\\$_hibernate_.*")
                .isEqualTo(written);
    }

    @Test
    void aKeyIsFoundWithTheRequestItWasPlacedForAndAnUnknownKeyIsNot() {
        CustomerOrder written = order("rows-" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> rows.insert(written));

        assertThat(QuarkusTransaction.requiringNew().call(() -> rows.requestHashOf(written.idempotencyKey)))
                .contains(written.requestHash);
        assertThat(QuarkusTransaction.requiringNew().call(() -> rows.requestHashOf("rows-never-used"))).isEmpty();
    }

    @Test
    void aSecondOrderWithTheSameKeyFailsOnTheKeysConstraint() {
        CustomerOrder first = order("rows-" + UUID.randomUUID());
        CustomerOrder twin = order(first.idempotencyKey);
        QuarkusTransaction.requiringNew().run(() -> rows.insert(first));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> rows.insert(twin)))
                .satisfies(error -> assertThat(OrderService.violatesKeyConstraint(error)).isTrue());
        CustomerOrder stored = QuarkusTransaction.requiringNew().call(() -> CustomerOrder.<CustomerOrder>findById(twin.id));
        assertThat(stored).isNull();
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
