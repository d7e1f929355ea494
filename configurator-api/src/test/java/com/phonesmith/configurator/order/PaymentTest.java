package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.configurator.payment.TestPaymentProvider;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Orders are paid through the payment port with the built-in test provider: an order holds its authorisation; a
 * declined payment or a provider that did not answer places nothing and leaves no hold; a retry is never charged
 * twice.
 */
@QuarkusTest
class PaymentTest extends RealInfrastructure {
    @Inject
    TestPaymentProvider provider;
    @Inject
    Payments payments;

    @AfterEach
    void theProviderVoidsAgain() {
        provider.refuseVoids(false);
    }

    private static Map<String, Object> paidWith(String method) {
        Map<String, Object> body = validBody();
        body.put("paymentMethod", method);
        body.put("customerEmail", "payer-" + UUID.randomUUID() + "@example.org");
        return body;
    }

    private static String paymentKeyOf(String key, Map<String, Object> body) {
        return OrderService.paymentKeyOf(new IdempotencyKey(key), OrderFingerprint.of(Orders.requestOf(body),
                Optional.empty()));
    }

    private static CustomerOrder order(String id) {
        return QuarkusTransaction.requiringNew().call(() -> CustomerOrder.findById(UUID.fromString(id)));
    }

    @Test
    void anOrderHoldsTheAuthorisationOfItsPriceAndARetryIsNotChargedAgain() {
        String key = freshKey();
        Map<String, Object> body = paidWith(TestPaymentProvider.CARD);

        String id = post(key, body).then().statusCode(201).extract().path("id");
        post(key, body).then().statusCode(200).body("id", equalTo(id));

        CustomerOrder order = order(id);
        assertThat(order.paymentKey).isEqualTo(paymentKeyOf(key, body));
        assertThat(order.paymentAuthorisation).startsWith("test-auth-");
        assertThat(provider.statusOf(order.paymentKey)).isEqualTo("AUTHORISED");
        provider.capture(order.paymentKey, order.priceMinor);
        provider.refund(order.paymentKey, order.priceMinor);
        assertThat(provider.statusOf(order.paymentKey)).isEqualTo("REFUNDED");
    }

    @Test
    void aDeclinedPaymentPlacesNothingAndSaysWhy() {
        Orders.Counts before = Orders.Counts.now();

        post(freshKey(), paidWith(TestPaymentProvider.DECLINED_CARD)).then().statusCode(402)
                .contentType("application/problem+json").body("errors[0].field", equalTo("paymentMethod"))
                .body("errors[0].reason", equalTo("the card was declined: insufficient funds"));
        post(freshKey(), paidWith("gift-voucher")).then().statusCode(402)
                .body("errors[0].reason", startsWith("gift-voucher is not a payment method of the test provider"));
        assertThat(Orders.Counts.now()).isEqualTo(before);
    }

    @Test
    void aLostAnswerLeavesNeitherAChargeNorAnOrderAndTheRetryPlacesItOnce() {
        String key = freshKey();
        Map<String, Object> body = paidWith(TestPaymentProvider.TIMEOUT_CARD);
        Orders.Counts before = Orders.Counts.now();

        post(key, body).then().statusCode(503).header("Retry-After", "5")
                .body("errors[0].field", equalTo("paymentMethod"))
                .body("errors[0].reason", startsWith("the payment provider did not answer in time; nothing was charged"));
        assertThat(provider.statusOf(paymentKeyOf(key, body))).isEqualTo("VOIDED");
        assertThat(Orders.Counts.now()).isEqualTo(before);

        String id = post(key, body).then().statusCode(201).extract().path("id");
        assertThat(provider.statusOf(order(id).paymentKey)).isEqualTo("AUTHORISED");
        assertThat(Orders.Counts.now().orders()).isEqualTo(before.orders() + 1);
    }

    @Test
    void aHoldThatCannotBeVoidedAtOnceIsVoidedByTheReconcilerUnlessAnOrderTookIt() {
        String lostKey = freshKey();
        Map<String, Object> lost = paidWith(TestPaymentProvider.TIMEOUT_CARD);
        String retriedKey = freshKey();
        Map<String, Object> retried = paidWith(TestPaymentProvider.TIMEOUT_CARD);
        provider.refuseVoids(true);

        post(lostKey, lost).then().statusCode(503);
        post(retriedKey, retried).then().statusCode(503);
        provider.refuseVoids(false);
        // the second buyer retries before the reconciler runs: the order takes the hold
        String id = post(retriedKey, retried).then().statusCode(201).extract().path("id");
        payments.reconcile();

        assertThat(provider.statusOf(paymentKeyOf(lostKey, lost))).isEqualTo("VOIDED");
        assertThat(provider.statusOf(order(id).paymentKey)).isEqualTo("AUTHORISED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CustomerOrder.getEntityManager()
                .createNativeQuery("select count(*) from payment_void where payment_key in (?1, ?2)")
                .setParameter(1, paymentKeyOf(lostKey, lost)).setParameter(2, paymentKeyOf(retriedKey, retried))
                .getSingleResult())).isEqualTo(0L);
    }

    @Test
    void aProviderThatCannotBeReachedPlacesNothing() {
        Orders.Counts before = Orders.Counts.now();

        post(freshKey(), paidWith(TestPaymentProvider.UNAVAILABLE_CARD)).then().statusCode(503)
                .body("errors[0].reason", startsWith("the payment provider could not be reached"));
        assertThat(Orders.Counts.now()).isEqualTo(before);
    }

    @Test
    void aKeyUsedForAnotherOrderIsRefusedBeforeAnythingIsCharged() {
        String key = freshKey();
        Map<String, Object> body = paidWith(TestPaymentProvider.CARD);
        post(key, body).then().statusCode(201);
        Map<String, Object> other = paidWith(TestPaymentProvider.CARD);

        post(key, other).then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));

        assertThat(provider.statusOf(paymentKeyOf(key, other))).isNull();
    }
}
