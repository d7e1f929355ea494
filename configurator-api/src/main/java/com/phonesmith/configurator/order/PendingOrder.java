package com.phonesmith.configurator.order;

import com.phonesmith.configurator.payment.PaymentProvider;
import com.phonesmith.configurator.promise.Promise;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import java.util.Optional;
import java.util.UUID;

/**
 * An order whose payment is authorised, waiting to be written ({@link OrderWriter}): the request, who placed it, its
 * authorisation, the delivery promised before, the configuration as the rules priced it (null: not yet), and the id
 * and tracking token the order will have.
 */
record PendingOrder(IdempotencyKey key, String hash, OrderRequest request, Caller caller, Optional<String> owner,
        PaymentProvider.Authorisation payment, Promise promise, OrderService.Priced priced, UUID orderId,
        String trackingToken) {

    /** What writing a pending order came to. */
    sealed interface Written {
    }

    /** Written, with the tracking token handed to the shopper. */
    record Placed(CustomerOrder order, String trackingToken) implements Written {
    }

    /** Refused (a rule, a limit, a quote, a launch): nothing of it was written. */
    record Refused(ProblemException problem) implements Written {
    }

    /**
     * Its key had an order already (committed before, or earlier in the same batch): nothing of it was written; the
     * order with the key answers it, or refuses it if it was placed for another request.
     */
    record KeyTaken() implements Written {
    }
}
