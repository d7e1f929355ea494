package com.phonesmith.workflow.cancel;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.cancel.CancelRules.Canceller;
import com.phonesmith.workflow.order.OrderAccess;
import com.phonesmith.workflow.order.OrderId;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.OrderStatus;
import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.process.ProcessBusyException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * Cancels an order for its shopper or for support: in one transaction the order is marked cancelled (with who and
 * why), and its process stops and starts the compensation (CancelBuild and ReleasePayment through the outbox). A
 * cancellation asked for again answers the first one.
 */
@ApplicationScoped
public class CancelService {
    private final OrderService orders;
    private final OrderProcess process;

    public CancelService(OrderService orders, OrderProcess process) {
        this.orders = orders;
        this.process = process;
    }

    @Transactional
    public Cancellation cancel(String orderId, Caller caller, Optional<String> trackingToken, String reason) {
        String problem = OrderId.problemWith(orderId);
        if (problem != null) {
            throw ProblemException.badRequest("orderId", problem);
        }
        Canceller who = cancellerOf(orderId, caller, trackingToken);
        WorkflowOrder order = orders.get(orderId); // waits for an event of the order being handled now
        if (order.status == OrderStatus.CANCELLED) {
            return Cancellation.of(order);
        }
        String reasonProblem = CancelRules.problemWithReason(who, reason);
        if (reasonProblem != null) {
            throw ProblemException.badRequest("reason", reasonProblem);
        }
        Optional<String> refusal = CancelRules.refusal(who, order.status, order.flashingStartedAt != null);
        if (refusal.isPresent()) {
            throw ProblemException.conflict("orderId", refusal.get());
        }
        if (!process.isRunning(orderId)) {
            throw ProblemException.conflict("orderId", "the order's process has ended");
        }
        orders.cancel(order, describe(who, caller), CancelRules.normalised(reason));
        try {
            process.cancel(orderId);
        } catch (ProcessBusyException busy) {
            throw ProblemException.unavailable("orderId", "the order is changing right now; try again",
                    Duration.ofSeconds(1));
        }
        return Cancellation.of(order);
    }

    /** Whether this caller may cancel the order now (the tracking page shows its button on it). */
    public static boolean mayCancel(WorkflowOrder order, Caller caller) {
        Canceller who = caller.has(Roles.SUPPORT) ? Canceller.SUPPORT
                : caller.hasAny(Roles.OPERATOR) ? null : Canceller.SHOPPER;
        return who != null && CancelRules.refusal(who, order.status, order.flashingStartedAt != null).isEmpty();
    }

    private Canceller cancellerOf(String orderId, Caller caller, Optional<String> trackingToken) {
        Optional<WorkflowOrder> found = orders.find(orderId);
        OrderAccess.Decision decision = OrderAccess.decide(caller, found.map(o -> o.customerId).orElse(null),
                found.map(o -> o.trackingTokenHash).orElse(null), trackingToken);
        if (decision == OrderAccess.Decision.SIGN_IN) {
            throw new UnauthorizedException();
        }
        if (found.isEmpty() || decision != OrderAccess.Decision.ALLOWED) {
            throw ProblemException.notFound("order " + orderId + " is not known");
        }
        if (caller.has(Roles.SUPPORT)) {
            return Canceller.SUPPORT;
        }
        if (caller.has(Roles.OPERATOR)) {
            throw ProblemException.forbidden("factory operators cannot cancel orders; support can");
        }
        return Canceller.SHOPPER;
    }

    private static String describe(Canceller who, Caller caller) {
        if (who == Canceller.SUPPORT) {
            return "support (" + caller.subject().orElse("support") + ")";
        }
        return caller.isGuest() ? "the shopper (tracking link)" : "the shopper";
    }
}
