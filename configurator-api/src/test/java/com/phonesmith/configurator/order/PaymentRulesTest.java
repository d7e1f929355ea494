package com.phonesmith.configurator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.configurator.order.PaymentRules.OnCapture;
import com.phonesmith.configurator.order.PaymentRules.OnRelease;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of an order's payment, without Quarkus: what each command of the workflow does, and in which state. */
class PaymentRulesTest {
    private static final Instant PLACED = Instant.parse("2026-12-01T09:30:00Z");
    private static final Instant SHIPPED = Instant.parse("2026-12-03T15:00:00Z");
    private static final Instant CANCELLED = Instant.parse("2026-12-04T10:00:00Z");

    private static CustomerOrder placedOrder() {
        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        order.status = OrderStatus.PLACED;
        order.priceMinor = 29899;
        order.currency = "EUR";
        order.paymentKey = "key-" + order.id;
        PaymentRules.authorised(order, 29899, PLACED);
        return order;
    }

    private static CustomerOrder capturedOrder() {
        CustomerOrder order = placedOrder();
        PaymentRules.captured(order, SHIPPED);
        return order;
    }

    @Test
    void aPlacedOrderHoldsItsPriceAndIsCapturedWhenItShips() {
        CustomerOrder order = placedOrder();
        assertThat(order.paymentStatus).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(PaymentRules.amountOf(order)).isEqualTo(29899);
        assertThat(PaymentRules.onCapture(order)).isEqualTo(OnCapture.CAPTURE);

        PaymentRules.captured(order, SHIPPED);

        assertThat(order.paymentStatus).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.paymentCapturedMinor).isEqualTo(29899);
        assertThat(order.paymentCapturedAt).isEqualTo(SHIPPED);
        assertThat(order.status).isEqualTo(OrderStatus.PLACED);
        assertThat(OrderEvents.captured(order)).isEqualTo(new PaymentCaptured(order.id.toString(), 29899, "EUR"));
    }

    @Test
    void aCaptureOfACapturedPaymentIsAnsweredAgainWithoutTakingMore() {
        assertThat(PaymentRules.onCapture(capturedOrder())).isEqualTo(OnCapture.ANSWER_AGAIN);
    }

    @Test
    void aReleaseBeforeCaptureVoidsTheHoldAndCancelsTheOrder() {
        CustomerOrder order = placedOrder();
        assertThat(PaymentRules.onRelease(order)).isEqualTo(OnRelease.VOID);

        PaymentRules.voided(order, "cancelled by the shopper", CANCELLED);

        assertThat(order.paymentStatus).isEqualTo(PaymentStatus.VOIDED);
        assertThat(order.paymentReleasedAt).isEqualTo(CANCELLED);
        assertThat(order.paymentCapturedAt).isNull();
        assertThat(order.status).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancelledAt).isEqualTo(CANCELLED);
        assertThat(order.cancellationReason).isEqualTo("cancelled by the shopper");
        assertThat(OrderEvents.released(order)).isEqualTo(new PaymentReleased(order.id.toString(),
                PaymentReleased.VOIDED, 29899, "EUR"));
    }

    @Test
    void aReleaseAfterCaptureRefundsTheCapturedAmountAndCancelsTheOrder() {
        CustomerOrder order = capturedOrder();
        assertThat(PaymentRules.onRelease(order)).isEqualTo(OnRelease.REFUND);

        PaymentRules.refunded(order, "lost in transit", CANCELLED);

        assertThat(order.paymentStatus).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(order.paymentRefundedMinor).isEqualTo(29899);
        assertThat(order.paymentCapturedAt).isEqualTo(SHIPPED);
        assertThat(order.paymentReleasedAt).isEqualTo(CANCELLED);
        assertThat(order.status).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderEvents.released(order)).isEqualTo(new PaymentReleased(order.id.toString(),
                PaymentReleased.REFUNDED, 29899, "EUR"));
    }

    @Test
    void aRepeatedReleaseIsAnsweredAgainAndKeepsTheFirstReason() {
        CustomerOrder voided = placedOrder();
        PaymentRules.voided(voided, "first reason", CANCELLED);
        CustomerOrder refunded = capturedOrder();
        PaymentRules.refunded(refunded, "first reason", CANCELLED);

        assertThat(PaymentRules.onRelease(voided)).isEqualTo(OnRelease.ANSWER_AGAIN);
        assertThat(PaymentRules.onRelease(refunded)).isEqualTo(OnRelease.ANSWER_AGAIN);
        PaymentRules.cancelled(voided, "second reason", CANCELLED.plusSeconds(60));
        assertThat(voided.cancellationReason).isEqualTo("first reason");
        assertThat(voided.cancelledAt).isEqualTo(CANCELLED);
    }

    @Test
    void aCancelledOrderIsNeverCharged() {
        CustomerOrder voided = placedOrder();
        PaymentRules.voided(voided, "cancelled", CANCELLED);
        CustomerOrder refunded = capturedOrder();
        PaymentRules.refunded(refunded, "cancelled", CANCELLED);

        assertThat(PaymentRules.onCapture(voided)).isEqualTo(OnCapture.DO_NOT_CHARGE);
        assertThat(PaymentRules.onCapture(refunded)).isEqualTo(OnCapture.DO_NOT_CHARGE);
    }

    @Test
    void aCancellationWithoutAReasonSaysSo() {
        CustomerOrder order = placedOrder();
        PaymentRules.voided(order, " ", CANCELLED);
        assertThat(order.cancellationReason).isEqualTo("no reason given");
    }

    @Test
    void aPaymentIsMarkedAsMovedOnlyFromTheStateTheProviderActedOn() {
        CustomerOrder voided = placedOrder();
        PaymentRules.voided(voided, "cancelled", CANCELLED);

        assertThatThrownBy(() -> PaymentRules.captured(voided, SHIPPED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is VOIDED: it cannot be captured");
        assertThatThrownBy(() -> PaymentRules.voided(capturedOrder(), "r", CANCELLED))
                .hasMessageContaining("is CAPTURED: it cannot be voided");
        assertThatThrownBy(() -> PaymentRules.refunded(placedOrder(), "r", CANCELLED))
                .hasMessageContaining("is AUTHORISED: it cannot be refunded");
        assertThatThrownBy(() -> OrderEvents.released(placedOrder())).hasMessageContaining("not released");
    }

    @Test
    void anOrderPlacedBeforePaymentsExistedHasNothingToCaptureOrRelease() {
        CustomerOrder order = placedOrder();
        order.paymentStatus = null;

        assertThatThrownBy(() -> PaymentRules.onCapture(order)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no payment");
        assertThatThrownBy(() -> PaymentRules.onRelease(order)).hasMessageContaining("holds no payment");
        assertThat(OrderResponse.Payment.of(order)).isNull();
    }

    @Test
    void theOrdersAnswerShowsThePaymentWithItsAmountAndTimes() {
        CustomerOrder order = capturedOrder();
        PaymentRules.refunded(order, "cancelled", CANCELLED);

        assertThat(OrderResponse.Payment.of(order)).isEqualTo(new OrderResponse.Payment("REFUNDED", 29899, "EUR",
                PLACED, SHIPPED, CANCELLED));
    }
}
