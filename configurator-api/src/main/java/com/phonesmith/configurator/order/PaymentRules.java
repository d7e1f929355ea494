package com.phonesmith.configurator.order;

import com.phonesmith.contracts.events.PaymentReleased;
import java.time.Instant;

/**
 * The one place where an order's payment state changes, and what each command of the workflow does to it (plain
 * rules, no Quarkus):
 * <pre>
 * payment      CapturePayment                        ReleasePayment
 * AUTHORISED   capture -> CAPTURED, answer           void -> VOIDED, order CANCELLED, answer
 * CAPTURED     answer again (nothing taken)          refund -> REFUNDED, order CANCELLED, answer
 * VOIDED       charge nothing, no answer             answer again (nothing moves)
 * REFUNDED     charge nothing, no answer             answer again (nothing moves)
 * </pre>
 * A CapturePayment for a cancelled order is logged and not answered: PaymentCaptured would say money was taken, and
 * the payment's true end (PaymentReleased) was already answered to the ReleasePayment that cancelled it. Where the
 * workflow still waits for a capture, its wait's timer makes that an incident support sees.
 * The order's own status turns CANCELLED with the first ReleasePayment, which keeps its reason.
 */
final class PaymentRules {
    private PaymentRules() {
    }

    /** What a CapturePayment does. */
    enum OnCapture {
        /** Take the held amount through the provider, then answer PaymentCaptured. */
        CAPTURE,
        /** Taken already: answer PaymentCaptured again, call nobody. */
        ANSWER_AGAIN,
        /** Cancelled: charge nothing and answer nothing. */
        DO_NOT_CHARGE
    }

    /** What a ReleasePayment does. */
    enum OnRelease {
        /** Release the hold through the provider, then answer PaymentReleased VOIDED. */
        VOID,
        /** Pay the captured amount back through the provider, then answer PaymentReleased REFUNDED. */
        REFUND,
        /** Released already: answer PaymentReleased again, call nobody. */
        ANSWER_AGAIN
    }

    static OnCapture onCapture(CustomerOrder order) {
        PaymentStatus payment = heldPaymentOf(order);
        if (order.status == OrderStatus.CANCELLED) {
            return OnCapture.DO_NOT_CHARGE;
        }
        return switch (payment) {
            case AUTHORISED -> OnCapture.CAPTURE;
            case CAPTURED -> OnCapture.ANSWER_AGAIN;
            case VOIDED, REFUNDED -> OnCapture.DO_NOT_CHARGE;
        };
    }

    static OnRelease onRelease(CustomerOrder order) {
        return switch (heldPaymentOf(order)) {
            case AUTHORISED -> OnRelease.VOID;
            case CAPTURED -> OnRelease.REFUND;
            case VOIDED, REFUNDED -> OnRelease.ANSWER_AGAIN;
        };
    }

    /** A new order's payment: the amount held when it was placed. */
    static void authorised(CustomerOrder order, long amountMinor, Instant at) {
        order.paymentStatus = PaymentStatus.AUTHORISED;
        order.paymentAuthorisedMinor = amountMinor;
        order.paymentAuthorisedAt = at;
    }

    /** The provider took the held amount (call only after it did). */
    static void captured(CustomerOrder order, Instant at) {
        require(order, PaymentStatus.AUTHORISED, "captured");
        order.paymentStatus = PaymentStatus.CAPTURED;
        order.paymentCapturedMinor = order.paymentAuthorisedMinor;
        order.paymentCapturedAt = at;
    }

    /** The provider voided the hold (call only after it did); the order is cancelled. */
    static void voided(CustomerOrder order, String reason, Instant at) {
        require(order, PaymentStatus.AUTHORISED, "voided");
        order.paymentStatus = PaymentStatus.VOIDED;
        order.paymentReleasedAt = at;
        cancelled(order, reason, at);
    }

    /** The provider refunded the captured amount (call only after it did); the order is cancelled. */
    static void refunded(CustomerOrder order, String reason, Instant at) {
        require(order, PaymentStatus.CAPTURED, "refunded");
        order.paymentStatus = PaymentStatus.REFUNDED;
        order.paymentRefundedMinor = order.paymentCapturedMinor;
        order.paymentReleasedAt = at;
        cancelled(order, reason, at);
    }

    /** The order is cancelled, for the first reason given (a repeat keeps it). */
    static void cancelled(CustomerOrder order, String reason, Instant at) {
        if (order.status == OrderStatus.CANCELLED) {
            return;
        }
        order.status = OrderStatus.CANCELLED;
        order.cancelledAt = at;
        order.cancellationReason = reason == null || reason.isBlank() ? "no reason given" : reason;
    }

    /**
     * The amount the payment stands for: held while AUTHORISED, taken when CAPTURED, released when VOIDED, paid back
     * when REFUNDED.
     */
    static long amountOf(CustomerOrder order) {
        return switch (heldPaymentOf(order)) {
            case AUTHORISED, VOIDED -> order.paymentAuthorisedMinor;
            case CAPTURED -> order.paymentCapturedMinor;
            case REFUNDED -> order.paymentRefundedMinor;
        };
    }

    /** How a released payment was given back, in PaymentReleased's words. */
    static String howReleased(CustomerOrder order) {
        return switch (heldPaymentOf(order)) {
            case VOIDED -> PaymentReleased.VOIDED;
            case REFUNDED -> PaymentReleased.REFUNDED;
            case AUTHORISED, CAPTURED -> throw new IllegalStateException("the payment of order " + order.id
                    + " is " + order.paymentStatus + ", not released");
        };
    }

    private static PaymentStatus heldPaymentOf(CustomerOrder order) {
        if (order.paymentStatus == null) {
            throw new IllegalStateException("order " + order.id + " holds no payment (it was placed before payments"
                    + " were taken): there is nothing to capture or release");
        }
        return order.paymentStatus;
    }

    private static void require(CustomerOrder order, PaymentStatus expected, String change) {
        if (heldPaymentOf(order) != expected) {
            throw new IllegalStateException("the payment of order " + order.id + " is " + order.paymentStatus
                    + ": it cannot be " + change);
        }
    }
}
