package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.payment.PaymentProvider;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.configurator.payment.TestPaymentProvider;
import com.phonesmith.configurator.promise.Promise;
import com.phonesmith.configurator.promise.VariantCode;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.platform.outbox.OutboxMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderIdempotencyTest extends RealInfrastructure {
    @Inject
    OrderService service;
    @Inject
    Payments payments;
    @Inject
    CatalogService catalogs;
    @Inject
    EntityManager entityManager;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void retryingWithTheSameKeyAndBodyAnswersTheSameOrderWithoutPlacingAnother() {
        String key = freshKey();
        Response first = post(key, validBody());
        first.then().statusCode(201);
        String id = first.jsonPath().getString("id");
        Orders.Counts afterFirst = Orders.Counts.now();

        Response retry = post(key, validBody());

        retry.then().statusCode(200).contentType("application/json");
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(Orders.Counts.now()).isEqualTo(afterFirst);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", id))).isEqualTo(1);
        // the one message is relayed; no second OrderPlaced follows it
        assertThat(KafkaProbe.awaitRecords(Topics.ORDERS_EVENTS, r -> id.equals(r.key()), 2, Duration.ofSeconds(5)))
                .hasSize(1);
    }

    @Test
    void aRetryListingTheSameFeaturesInAnotherOrderIsTheSameOrder() {
        String key = freshKey();
        String id = post(key, validBody()).then().statusCode(201).extract().path("id");
        Map<String, Object> reordered = validBody();
        reordered.put("features", List.of("desktop-mode", "microg"));
        reordered.put("apps", List.of("navigator-pro", "signal"));

        post(key, reordered).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void reusingAKeyForADifferentOrderIsRejectedAndChangesNothing() {
        String key = freshKey();
        post(key, validBody()).then().statusCode(201);
        Orders.Counts before = Orders.Counts.now();
        Map<String, Object> other = validBody();
        other.put("storageGb", 64);

        post(key, other).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].reason", equalTo("was already used for a different order"));

        assertThat(Orders.Counts.now()).isEqualTo(before);
    }

    @Test
    void twoConcurrentRequestsWithTheSameKeyPlaceOneOrder() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = freshKey();
            Orders.Counts before = Orders.Counts.now();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                responses.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return post(key, validBody());
                }));
            }
            Response a = responses.get(0).get(60, TimeUnit.SECONDS);
            Response b = responses.get(1).get(60, TimeUnit.SECONDS);

            assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(201, 200);
            assertThat(a.jsonPath().getString("id")).isEqualTo(b.jsonPath().getString("id"));
            Orders.Counts after = Orders.Counts.now();
            assertThat(after.orders()).isEqualTo(before.orders() + 1);
            assertThat(after.outbox()).isEqualTo(before.outbox() + 1);
        }
    }

    /** The payment a request with this key authorises before its order is written (the provider's own transaction). */
    private PaymentProvider.Authorisation authorised(String key, String hash, OrderRequest request) {
        PricedConfiguration priced = new OrderRules(catalogs.current()).check(request);
        return payments.authorise(OrderService.paymentKeyOf(new IdempotencyKey(key), hash), TestPaymentProvider.CARD,
                priced.priceMinor(), priced.currency());
    }

    /** What the order is placed with when the factory promised nothing. */
    private static Promise nothingPromised(OrderRequest request) {
        return Promise.cannotPromiseNow(new VariantCode(request.model(), request.colour(), request.storageGb()));
    }

    @Test
    void aRequestBlockedByAnUncommittedOrderWithItsKeyAnswersWithThatOrderOnceItCommits() throws Exception {
        String key = freshKey();
        Map<String, Object> body = validBody();
        @SuppressWarnings("unchecked")
        OrderRequest request = new OrderRequest((String) body.get("model"), (String) body.get("colour"),
                (Integer) body.get("storageGb"), (List<String>) body.get("features"), (List<String>) body.get("apps"),
                (String) body.get("customerEmail"));
        Orders.Counts before = Orders.Counts.now();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        // the first request has inserted its order but not committed yet
        Future<Placement> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            String hash = OrderFingerprint.of(request, Optional.empty());
            Placement placement = service.placeInCurrentTransaction(new IdempotencyKey(key), hash, request,
                    Caller.guest("127.0.0.1"), Optional.empty(), authorised(key, hash, request),
                    nothingPromised(request));
            inserted.countDown();
            assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
            return placement;
        }));
        assertThat(inserted.await(60, TimeUnit.SECONDS)).isTrue();
        // the second does not see it, and its insert waits on the unique key
        Future<Response> second = pool.submit(() -> post(key, body));
        await().atMost(Duration.ofSeconds(30)).until(this::aSessionWaitsOnALock);

        commit.countDown();

        Placement placed = first.get(60, TimeUnit.SECONDS);
        Response answer = second.get(60, TimeUnit.SECONDS);
        answer.then().statusCode(200).body("id", equalTo(placed.order().id()));
        Orders.Counts after = Orders.Counts.now();
        assertThat(after.orders()).isEqualTo(before.orders() + 1);
        assertThat(after.outbox()).isEqualTo(before.outbox() + 1);
    }

    @Test
    void aRequestBlockedByAnUncommittedOrderWithItsKeyButAnotherBodyIsRejectedOnceItCommits() throws Exception {
        String key = freshKey();
        OrderRequest request = new OrderRequest("lumo-pro", "ink", 256, List.of(), List.of(), "ada@example.org");
        Orders.Counts before = Orders.Counts.now();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<Placement> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            String hash = OrderFingerprint.of(request, Optional.empty());
            Placement placement = service.placeInCurrentTransaction(new IdempotencyKey(key), hash, request,
                    Caller.guest("127.0.0.1"), Optional.empty(), authorised(key, hash, request),
                    nothingPromised(request));
            inserted.countDown();
            assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
            return placement;
        }));
        assertThat(inserted.await(60, TimeUnit.SECONDS)).isTrue();
        Future<Response> second = pool.submit(() -> post(key, validBody()));
        await().atMost(Duration.ofSeconds(30)).until(this::aSessionWaitsOnALock);

        commit.countDown();

        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Orders.Counts after = Orders.Counts.now();
        assertThat(after.orders()).isEqualTo(before.orders() + 1);
        assertThat(after.outbox()).isEqualTo(before.outbox() + 1);
    }

    private boolean aSessionWaitsOnALock() {
        Number waiting = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
                .getSingleResult());
        return waiting.intValue() > 0;
    }
}
