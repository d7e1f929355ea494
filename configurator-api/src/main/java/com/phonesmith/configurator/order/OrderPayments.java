package com.phonesmith.configurator.order;

import com.phonesmith.configurator.payment.PaymentDeclinedException;
import com.phonesmith.configurator.payment.PaymentUnavailableException;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Settles orders' payments on the workflow's commands: CapturePayment when the order shipped, ReleasePayment when it
 * was cancelled. {@link PaymentRules} decides; this class locks the order, calls the provider through
 * {@link Payments}, records the new state and writes the answer (PaymentCaptured, PaymentReleased) to the outbox,
 * all in the caller's transaction, which also holds the message's inbox row.
 * <p>
 * <b>Transaction boundary.</b> The provider is called inside that transaction, and the order's state changes only
 * after the provider's call succeeded: a provider that refuses or does not answer leaves the order as it was (the
 * consumer tries an unreachable provider again, then dead-letters the command for support to replay). The reverse
 * case is safe too: if the transaction rolls back after the provider acted (the database fails at commit, say),
 * nothing of it is recorded here and the command is handled again later (retry, redelivery, replay). The provider
 * is then called again with the same payment key, and since it is idempotent by key it answers as before without
 * moving the money a second time. Until then the order shows the state before the command.
 */
@ApplicationScoped
public class OrderPayments {
    private static final Logger LOG = Logger.getLogger(OrderPayments.class);
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Payments payments;
    private final Outbox outbox;
    private final Clock clock;

    public OrderPayments(Payments payments, Outbox outbox, Clock clock) {
        this.payments = payments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Takes the held amount of a shipped order and answers PaymentCaptured; see {@link PaymentRules}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void capture(CapturePayment command) {
        CustomerOrder order = lockedOrder("CapturePayment", command.orderId());
        switch (PaymentRules.onCapture(order)) {
            case CAPTURE -> {
                // the provider acts inside this transaction; a rollback after it acted is safe to repeat (see above)
                atProvider("CapturePayment", order,
                        () -> payments.capture(order.paymentKey, order.paymentAuthorisedMinor));
                PaymentRules.captured(order, now());
                outbox.publish(OrderEvents.captured(order));
                LOG.infof("payment captured: %d %s", order.paymentCapturedMinor, order.currency);
            }
            case ANSWER_AGAIN -> {
                outbox.publish(OrderEvents.captured(order));
                LOG.infof("payment was captured already: PaymentCaptured answered again, nothing taken");
            }
            case DO_NOT_CHARGE -> LOG.warnf("CapturePayment for an order that is %s (payment %s, cancelled at %s:"
                    + " %s): nothing is charged and the command is not answered", order.status, order.paymentStatus,
                    order.cancelledAt, order.cancellationReason);
        }
    }

    /**
     * Gives a cancelled order's money back (voids the hold, or refunds the payment if it was captured), cancels the
     * order and answers PaymentReleased; see {@link PaymentRules}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(ReleasePayment command) {
        CustomerOrder order = lockedOrder("ReleasePayment", command.orderId());
        switch (PaymentRules.onRelease(order)) {
            case VOID -> {
                atProvider("ReleasePayment", order, () -> payments.voidHold(order.paymentKey));
                PaymentRules.voided(order, command.reason(), now());
                LOG.infof("order cancelled (%s): the hold of %d %s voided", order.cancellationReason,
                        order.paymentAuthorisedMinor, order.currency);
            }
            case REFUND -> {
                atProvider("ReleasePayment", order, () -> payments.refund(order.paymentKey, order.paymentCapturedMinor));
                PaymentRules.refunded(order, command.reason(), now());
                LOG.infof("order cancelled (%s): %d %s refunded", order.cancellationReason,
                        order.paymentRefundedMinor, order.currency);
            }
            case ANSWER_AGAIN -> {
                PaymentRules.cancelled(order, command.reason(), now());
                LOG.infof("payment was %s already: PaymentReleased answered again, nothing moved", order.paymentStatus);
            }
        }
        outbox.publish(OrderEvents.released(order));
    }

    /** The order named by a command, locked until the transaction ends, so one order's commands run one at a time. */
    private static CustomerOrder lockedOrder(String command, String orderId) {
        if (orderId == null || !UUID_FORMAT.matcher(orderId).matches()) {
            throw new PaymentCommandException(command + ": \"" + orderId + "\" is not an order id");
        }
        CustomerOrder order = CustomerOrder.findById(UUID.fromString(orderId), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new PaymentCommandException(command + ": there is no order " + orderId + "; nothing was charged"
                    + " or released");
        }
        return order;
    }

    /**
     * One call to the provider. Its failure is thrown with the command and order named; the transaction rolls back,
     * so nothing is recorded. An unreachable provider stays the cause, which the consumer's retry recognises.
     */
    private static void atProvider(String command, CustomerOrder order, Runnable call) {
        try {
            call.run();
        } catch (PaymentUnavailableException | PaymentDeclinedException e) {
            throw new PaymentCommandException(command + " for order " + order.id + " (payment " + order.paymentStatus
                    + "): " + e.getMessage() + "; the order was left as it was", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
