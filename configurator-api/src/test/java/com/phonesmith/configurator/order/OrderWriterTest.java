package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshAddress;
import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.requestOf;
import static com.phonesmith.configurator.order.Orders.validBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.configurator.payment.TestPaymentProvider;
import com.phonesmith.configurator.promise.Promise;
import com.phonesmith.configurator.promise.VariantCode;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A batch of orders is written in one transaction, and each of its orders is admitted or refused on its own, as if it
 * had a transaction of its own: with the small limits of {@link OrderLimitsEnforcedTest} (two orders per account,
 * three per address), the test clock standing still.
 */
@QuarkusTest
@TestProfile(OrderLimitsEnforcedTest.SmallLimits.class)
class OrderWriterTest extends RealInfrastructure {
    @Inject
    OrderWriter writer;
    @Inject
    Payments payments;
    @Inject
    CatalogService catalogs;

    @Test
    void everyOrderOfABatchIsWrittenWithItsOwnMessage() {
        List<PendingOrder> batch = List.of(pending(freshKey(), shopper(), freshAddress()),
                pending(freshKey(), shopper(), freshAddress()), pending(freshKey(), Optional.empty(), freshAddress()));
        Orders.Counts before = Orders.Counts.now();

        List<PendingOrder.Written> written = write(batch);

        assertThat(written).allSatisfy(w -> assertThat(w).isInstanceOf(PendingOrder.Placed.class));
        assertThat(written).extracting(w -> ((PendingOrder.Placed) w).order().id)
                .containsExactly(batch.stream().map(PendingOrder::orderId).toArray(UUID[]::new));
        assertThat(Orders.Counts.now()).isEqualTo(new Orders.Counts(before.orders() + 3, before.outbox() + 3));
    }

    @Test
    void anOrderPastItsAccountsLimitIsRefusedAloneAndTheRestOfItsBatchIsWritten() {
        Optional<String> account = shopper();
        List<PendingOrder> batch = List.of(pending(freshKey(), account, freshAddress()),
                pending(freshKey(), account, freshAddress()), pending(freshKey(), account, freshAddress()),
                pending(freshKey(), shopper(), freshAddress()));
        Orders.Counts before = Orders.Counts.now();

        List<PendingOrder.Written> written = write(batch);

        assertThat(written.get(0)).isInstanceOf(PendingOrder.Placed.class);
        assertThat(written.get(1)).isInstanceOf(PendingOrder.Placed.class);
        assertThat(written.get(2)).isInstanceOfSatisfying(PendingOrder.Refused.class, refused -> {
            assertThat(refused.problem().status()).isEqualTo(429);
            assertThat(refused.problem().retryAfter()).contains(Duration.ofHours(1));
            // the batch itself reached the limit, at the clock's instant: the window starts over from it
            assertThat(refused.problem().getMessage()).contains("this account has placed 2 orders within 60 minutes")
                    .contains("try again in 60 minutes");
        });
        assertThat(written.get(3)).isInstanceOf(PendingOrder.Placed.class);
        assertThat(Orders.Counts.now()).isEqualTo(new Orders.Counts(before.orders() + 3, before.outbox() + 3));
    }

    @Test
    void ordersAlreadyPlacedFromAnAddressCountTowardsItsLimitInALaterBatch() {
        String address = freshAddress();
        assertThat(write(List.of(pending(freshKey(), shopper(), address), pending(freshKey(), shopper(), address))))
                .allSatisfy(w -> assertThat(w).isInstanceOf(PendingOrder.Placed.class));

        List<PendingOrder.Written> written = write(List.of(pending(freshKey(), shopper(), address),
                pending(freshKey(), Optional.empty(), address)));

        assertThat(written.get(0)).isInstanceOf(PendingOrder.Placed.class);
        assertThat(written.get(1)).isInstanceOfSatisfying(PendingOrder.Refused.class,
                refused -> assertThat(refused.problem().getMessage()).contains("3 orders have been placed from this"
                        + " address"));
    }

    @Test
    void aKeyTwiceInOneBatchIsWrittenOnceAndAKeyPlacedBeforeIsNotWrittenAgain() {
        String key = freshKey();
        Optional<String> account = shopper();
        Orders.Counts before = Orders.Counts.now();

        List<PendingOrder.Written> written = write(List.of(pending(key, account, freshAddress()),
                pending(key, account, freshAddress())));
        List<PendingOrder.Written> later = write(List.of(pending(key, account, freshAddress())));

        assertThat(written.get(0)).isInstanceOf(PendingOrder.Placed.class);
        assertThat(written.get(1)).isInstanceOf(PendingOrder.KeyTaken.class);
        assertThat(later.get(0)).isInstanceOf(PendingOrder.KeyTaken.class);
        assertThat(Orders.Counts.now()).isEqualTo(new Orders.Counts(before.orders() + 1, before.outbox() + 1));
    }

    private List<PendingOrder.Written> write(List<PendingOrder> batch) {
        return QuarkusTransaction.requiringNew().call(() -> writer.write(batch));
    }

    /** The valid order of the tests, authorised with the test provider, for the account (none: a guest). */
    private PendingOrder pending(String key, Optional<String> account, String address) {
        Map<String, Object> body = validBody();
        OrderRequest request = requestOf(body);
        Caller caller = account.map(a -> Caller.of(a, Roles.SHOPPER, address)).orElseGet(() -> Caller.guest(address));
        String hash = OrderFingerprint.of(request, account);
        PricedConfiguration priced = new OrderRules(catalogs.current()).check(request);
        var payment = payments.authorise(OrderService.paymentKeyOf(new IdempotencyKey(key), hash),
                TestPaymentProvider.CARD, priced.priceMinor(), priced.currency());
        Promise nothing = Promise.cannotPromiseNow(new VariantCode(request.model(), request.colour(),
                request.storageGb()));
        UUID id = UUID.randomUUID();
        return new PendingOrder(new IdempotencyKey(key), hash, request, caller, account, payment, nothing, null, id,
                "tracking-" + id);
    }

    private static Optional<String> shopper() {
        return Optional.of("shopper-" + UUID.randomUUID());
    }
}
