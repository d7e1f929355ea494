package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static com.phonesmith.configurator.order.WorkflowCommands.answersInOutbox;
import static com.phonesmith.configurator.order.WorkflowCommands.awaitAnswer;
import static com.phonesmith.configurator.order.WorkflowCommands.awaitDeadLetterReason;
import static com.phonesmith.configurator.order.WorkflowCommands.handled;
import static com.phonesmith.configurator.order.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.payment.TestPaymentProvider;
import com.phonesmith.configurator.payment.TestPaymentProvider.Fault;
import com.phonesmith.configurator.payment.TestPaymentProvider.Operation;
import com.phonesmith.configurator.payment.TestPaymentProvider.Outcome;
import com.phonesmith.configurator.payment.TestPaymentProvider.Request;
import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * order-workflow's payment commands on the real Kafka and PostgreSQL: CapturePayment when the order shipped,
 * ReleasePayment when it was cancelled, answered on orders.events; the built-in test provider's log proves that the
 * money moved once.
 */
@QuarkusTest
class PaymentCommandsTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long PRICE = 27900 + 1500 + 499;
    /** The test clock's instant as the API shows it (microseconds). */
    private static final String NOW = "2026-12-01T09:30:00.123456Z";

    @Inject
    TestPaymentProvider provider;

    @AfterEach
    void theProviderAnswersAgain() {
        provider.forgetFaults();
    }

    /** A new order, placed and paid as a shopper does: its id. */
    private static String placedOrder() {
        return post(freshKey(), validBody()).then().statusCode(201).extract().path("id");
    }

    private static CustomerOrder order(String id) {
        return QuarkusTransaction.requiringNew().call(() -> CustomerOrder.findById(UUID.fromString(id)));
    }

    private static ValidatableResponse readBySupport(String id) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/orders/" + id).then()
                .statusCode(200);
    }

    private static void awaitHandled(Envelope envelope) {
        await().atMost(WAIT).until(() -> handled(envelope));
    }

    @Test
    void aCaptureAfterShippingTakesThePriceAnswersPaymentCapturedAndTheOrderShowsCaptured() {
        String id = placedOrder();
        readBySupport(id).body("payment.status", equalTo("AUTHORISED")).body("payment.amountMinor", equalTo((int) PRICE))
                .body("payment.authorisedAt", equalTo(NOW)).body("payment.capturedAt", nullValue());

        send(new CapturePayment(id));

        assertThat(awaitAnswer(id, PaymentCaptured.class, WAIT)).isEqualTo(new PaymentCaptured(id, PRICE, "EUR"));
        readBySupport(id).body("status", equalTo("PLACED")).body("payment.status", equalTo("CAPTURED"))
                .body("payment.amountMinor", equalTo((int) PRICE)).body("payment.currency", equalTo("EUR"))
                .body("payment.capturedAt", equalTo(NOW)).body("payment.releasedAt", nullValue());
        String key = order(id).paymentKey;
        assertThat(provider.statusOf(key)).isEqualTo("CAPTURED");
        assertThat(provider.movementsOf(key)).containsExactly(Operation.AUTHORISE, Operation.CAPTURE);
    }

    @Test
    void aReleaseBeforeCaptureVoidsTheHoldAndCancelsTheOrderWhichNoLongerCountsAsTheMakersSale() {
        String id = placedOrder();
        long salesBefore = lumoSales();

        send(new ReleasePayment(id, "cancelled by the shopper"));

        assertThat(awaitAnswer(id, PaymentReleased.class, WAIT))
                .isEqualTo(new PaymentReleased(id, PaymentReleased.VOIDED, PRICE, "EUR"));
        readBySupport(id).body("status", equalTo("CANCELLED")).body("payment.status", equalTo("VOIDED"))
                .body("payment.amountMinor", equalTo((int) PRICE)).body("payment.capturedAt", nullValue())
                .body("payment.releasedAt", equalTo(NOW));
        CustomerOrder order = order(id);
        assertThat(order.cancellationReason).isEqualTo("cancelled by the shopper");
        assertThat(provider.statusOf(order.paymentKey)).isEqualTo("VOIDED");
        assertThat(provider.movementsOf(order.paymentKey)).containsExactly(Operation.AUTHORISE, Operation.VOID);
        assertThat(lumoSales()).as("orders in the maker's sales").isEqualTo(salesBefore - 1);
    }

    private static long lumoSales() {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/makers/lumo/sales").then()
                .statusCode(200).extract().jsonPath().getLong("orders");
    }

    @Test
    void aReleaseAfterCaptureRefundsThePayment() {
        String id = placedOrder();
        awaitHandled(send(new CapturePayment(id)));

        send(new ReleasePayment(id, "returned within the cooling-off period"));

        assertThat(awaitAnswer(id, PaymentReleased.class, WAIT))
                .isEqualTo(new PaymentReleased(id, PaymentReleased.REFUNDED, PRICE, "EUR"));
        readBySupport(id).body("status", equalTo("CANCELLED")).body("payment.status", equalTo("REFUNDED"))
                .body("payment.capturedAt", equalTo(NOW)).body("payment.releasedAt", equalTo(NOW));
        String key = order(id).paymentKey;
        assertThat(provider.statusOf(key)).isEqualTo("REFUNDED");
        assertThat(provider.movementsOf(key)).containsExactly(Operation.AUTHORISE, Operation.CAPTURE,
                Operation.REFUND);
    }

    @Test
    void repeatedCommandsMoveTheMoneyOnceAndEachNewOneIsAnsweredAgain() {
        String id = placedOrder();
        Envelope capture = WorkflowCommands.envelope(new CapturePayment(id));
        Envelope release = WorkflowCommands.envelope(new ReleasePayment(id, "cancelled by support"));

        send(capture);
        send(capture); // the same message delivered twice: handled once
        send(new CapturePayment(id)); // the command sent again in a new message: answered again
        send(release);
        send(release);
        Envelope lastRelease = send(new ReleasePayment(id, "a second reason"));
        awaitHandled(lastRelease);

        assertThat(answersInOutbox(id, PaymentCaptured.class)).containsExactly(
                new PaymentCaptured(id, PRICE, "EUR"), new PaymentCaptured(id, PRICE, "EUR"));
        assertThat(answersInOutbox(id, PaymentReleased.class)).containsExactly(
                new PaymentReleased(id, PaymentReleased.REFUNDED, PRICE, "EUR"),
                new PaymentReleased(id, PaymentReleased.REFUNDED, PRICE, "EUR"));
        CustomerOrder order = order(id);
        assertThat(order.cancellationReason).isEqualTo("cancelled by support");
        // the repeats were answered from the order's state: the provider was called once per movement
        assertThat(provider.requestsOf(order.paymentKey)).extracting(Request::operation, Request::outcome)
                .containsExactly(tuple(Operation.AUTHORISE, Outcome.MOVED),
                        tuple(Operation.CAPTURE, Outcome.MOVED),
                        tuple(Operation.REFUND, Outcome.MOVED));
    }

    @Test
    void aCaptureOfACancelledOrderChargesNothingAndIsNotAnswered() {
        String id = placedOrder();
        awaitHandled(send(new ReleasePayment(id, "cancelled by the shopper")));

        Envelope capture = send(new CapturePayment(id));
        awaitHandled(capture);

        assertThat(answersInOutbox(id, PaymentCaptured.class)).isEmpty();
        readBySupport(id).body("status", equalTo("CANCELLED")).body("payment.status", equalTo("VOIDED"));
        assertThat(provider.movementsOf(order(id).paymentKey)).containsExactly(Operation.AUTHORISE, Operation.VOID);
    }

    @Test
    void aReleaseForAnUnknownOrderGoesToTheDeadLetterTopicNamingTheOrder() {
        String unknown = UUID.randomUUID().toString();

        send(new ReleasePayment(unknown, "cancelled"));

        assertThat(awaitDeadLetterReason(unknown, WAIT)).contains("ReleasePayment: there is no order " + unknown);
    }

    @Test
    void aCaptureNamingNoOrderIdGoesToTheDeadLetterTopic() {
        String notAnId = "order-" + UUID.randomUUID();

        send(new CapturePayment(notAnId));

        assertThat(awaitDeadLetterReason(notAnId, WAIT)).contains("\"" + notAnId + "\" is not an order id");
    }

    @Test
    void aProviderBrieflyUnreachableIsTriedAgainAndTakesTheMoneyOnce() {
        String id = placedOrder();
        String key = order(id).paymentKey;
        provider.failNext(key, Operation.CAPTURE, 2, Fault.UNREACHABLE);

        send(new CapturePayment(id));

        assertThat(awaitAnswer(id, PaymentCaptured.class, WAIT)).isEqualTo(new PaymentCaptured(id, PRICE, "EUR"));
        assertThat(provider.requestsOf(key)).extracting(Request::operation, Request::outcome).containsExactly(
                tuple(Operation.AUTHORISE, Outcome.MOVED),
                tuple(Operation.CAPTURE, Outcome.UNREACHABLE),
                tuple(Operation.CAPTURE, Outcome.UNREACHABLE),
                tuple(Operation.CAPTURE, Outcome.MOVED));
        assertThat(order(id).paymentStatus).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aCaptureWhoseAnswerWasLostIsRepeatedByItsKeyAndTakesTheMoneyOnce() {
        String id = placedOrder();
        String key = order(id).paymentKey;
        // the provider takes the money, but its answer is lost: the transaction rolls back and the command is tried
        // again, calling the provider with the same key
        provider.failNext(key, Operation.CAPTURE, 1, Fault.ANSWER_LOST);

        Envelope capture = send(new CapturePayment(id));
        awaitHandled(capture);

        assertThat(provider.requestsOf(key)).extracting(Request::operation, Request::outcome).containsExactly(
                tuple(Operation.AUTHORISE, Outcome.MOVED),
                tuple(Operation.CAPTURE, Outcome.MOVED),
                tuple(Operation.CAPTURE, Outcome.UNCHANGED));
        assertThat(provider.movementsOf(key)).containsExactly(Operation.AUTHORISE, Operation.CAPTURE);
        assertThat(answersInOutbox(id, PaymentCaptured.class)).containsExactly(new PaymentCaptured(id, PRICE, "EUR"));
        assertThat(order(id).paymentStatus).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aProviderThatStaysUnreachableDeadLettersTheCommandLeavingTheOrderAsItWasAndAReplayReleasesOnce() {
        String id = placedOrder();
        String key = order(id).paymentKey;
        provider.failNext(key, Operation.VOID, 5, Fault.UNREACHABLE);
        Envelope release = WorkflowCommands.envelope(new ReleasePayment(id, "cancelled by the shopper"));

        send(release);

        assertThat(awaitDeadLetterReason(id, WAIT)).contains("ReleasePayment for order " + id)
                .contains("the payment provider could not be reached");
        assertThat(handled(release)).isFalse();
        readBySupport(id).body("status", equalTo("PLACED")).body("payment.status", equalTo("AUTHORISED"));
        assertThat(answersInOutbox(id, PaymentReleased.class)).isEmpty();
        assertThat(provider.requestsOf(key)).filteredOn(r -> r.operation() == Operation.VOID)
                .extracting(Request::outcome).containsExactly(Outcome.UNREACHABLE, Outcome.UNREACHABLE,
                        Outcome.UNREACHABLE, Outcome.UNREACHABLE, Outcome.UNREACHABLE);

        send(release); // support replays the dead letter: the envelope unchanged

        assertThat(awaitAnswer(id, PaymentReleased.class, WAIT))
                .isEqualTo(new PaymentReleased(id, PaymentReleased.VOIDED, PRICE, "EUR"));
        readBySupport(id).body("status", equalTo("CANCELLED")).body("payment.status", equalTo("VOIDED"));
        assertThat(provider.movementsOf(key)).containsExactly(Operation.AUTHORISE, Operation.VOID);
    }

    @Test
    void commandsForOtherServicesArePassedOver() {
        String id = placedOrder();
        Envelope other = send(new BuildImage(id, "lumo-one", List.of("microg"), List.of("signal")));
        Envelope capture = send(new CapturePayment(id)); // on the same partition, so handled after the other

        awaitHandled(capture);

        assertThat(handled(other)).isFalse();
    }
}
