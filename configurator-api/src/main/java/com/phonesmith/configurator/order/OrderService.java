package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.payment.PaymentProvider;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.configurator.payment.PaymentsConfig;
import com.phonesmith.configurator.promise.Promise;
import com.phonesmith.configurator.promise.Promises;
import com.phonesmith.configurator.promise.VariantCode;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Places orders exactly once per idempotency key: the order's payment is authorised first (under a payment key
 * derived from the idempotency key and the request, so a retry gets the same authorisation), then the order row and
 * its OrderPlaced outbox message are written in one transaction with the other orders of its batch
 * ({@link OrderBatches}, {@link OrderWriter}), under a lock of its key that settles two concurrent requests with one
 * key. An order refused after its authorisation releases it ({@link Payments}).
 * Each order belongs to the account that placed it (none for a guest), is limited per account and per client
 * address ({@link OrderLimits}), and gets a tracking token ({@link TrackingTokens}). The delivery promised for its
 * variant ({@link Promises}) is asked before any transaction, since the factory may take up to its timeout, and kept
 * with the order; an order for which no date can be promised is still taken (the shopper was told before paying).
 */
@ApplicationScoped
public class OrderService {
    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final CatalogService catalog;
    private final Clock clock;
    private final TrackingTokens trackingTokens;
    private final Quotes quotes;
    private final Payments payments;
    private final PaymentsConfig paymentsConfig;
    private final Promises promises;
    private final OrderRows rows;
    private final OrderWriter writer;
    private final OrderBatches batches;

    public OrderService(CatalogService catalog, Clock clock, OrdersConfig config, Quotes quotes, Payments payments,
            PaymentsConfig paymentsConfig, Promises promises, OrderRows rows, OrderWriter writer,
            OrderBatches batches) {
        this.catalog = catalog;
        this.rows = rows;
        this.promises = promises;
        this.payments = payments;
        this.paymentsConfig = paymentsConfig;
        this.quotes = quotes;
        this.clock = clock;
        this.writer = writer;
        this.batches = batches;
        String secret = config.trackingSecret();
        if (OrdersConfig.RANDOM_SECRET.equals(secret)) {
            LOG.warn("phonesmith.orders.tracking-secret is not set: using a random one until the next restart");
            secret = TrackingTokens.randomSecret();
        }
        this.trackingTokens = new TrackingTokens(secret);
    }

    /**
     * The order's configuration as the rules priced it, the catalog they priced it on, and the delivery day its quote
     * showed (null if none).
     */
    record Priced(Catalog catalog, PricedConfiguration configuration, LocalDate quotedDelivery) {
    }

    /** The request priced on the current catalog, its quote checked at {@code now} if it names one. */
    private Priced priced(OrderRequest request, Instant now) {
        Catalog current = catalog.current();
        PricedConfiguration configuration = new OrderRules(current).check(request);
        Optional<Quote> quote = now == null ? Optional.empty() : quotes.honoured(request.quoteId(), configuration, now);
        return new Priced(current, configuration, quote.map(q -> q.promisedDeliveryDate).orElse(null));
    }

    /**
     * Places the order of the request, or answers the order already placed with this key for the same request.
     * A key already used for a different request is a 422 problem; a request the catalog does not offer too.
     */
    public Placement place(IdempotencyKey key, OrderRequest request, Caller caller) {
        OrderAccess.requireMayPlace(caller);
        Optional<String> owner = OrderAccess.ownerOf(caller);
        String hash = OrderFingerprint.of(request, owner);
        // what can be told without a charge is told first: the catalog's refusal and a quote that does not hold,
        // without a transaction (the catalog is the one kept in memory) unless a quote must be read. A retry of an
        // order placed before the catalog or its quote changed is still answered with that order.
        Priced priced;
        try {
            priced = request.quoteId() == null ? priced(request, null)
                    : QuarkusTransaction.requiringNew().call(() -> priced(request, clock.instant()));
        } catch (ProblemException refused) {
            if (rows.requestHashOf(key.value()).isEmpty()) {
                throw refused;
            }
            return placedEarlier(key, hash);
        }
        PricedConfiguration configuration = priced.configuration();
        // one statement: a retry is answered with its order, without asking the factory again; otherwise a void of
        // the payment key still queued from an earlier attempt is taken out of the queue, so that it cannot release
        // the hold authorised next
        String paymentKey = paymentKeyOf(key, hash);
        OrderRows.KeyCheck check = rows.checkKeyAndForgetQueuedVoid(key.value(), paymentKey);
        if (check.placedFor().isPresent()) {
            return placedEarlier(key, hash);
        }
        Promise promise;
        try {
            // no lock or connection is held while the factory is asked
            promise = promises.of(new VariantCode(configuration.model(), configuration.colour(),
                    configuration.storageGb()));
            Quotes.promiseStillKept(priced.quotedDelivery(), promise);
        } catch (RuntimeException refused) {
            if (check.voidForgotten()) {
                // the earlier attempt's hold, whose queued void was just taken out, is voided now (or queued again)
                payments.release(paymentKey);
            }
            throw refused;
        }
        String method = request.paymentMethod() == null ? paymentsConfig.defaultMethod() : request.paymentMethod();
        PaymentProvider.Authorisation payment = payments.authoriseForgotten(paymentKey, method,
                configuration.priceMinor(), configuration.currency());
        UUID orderId = UUID.randomUUID();
        PendingOrder pending = new PendingOrder(key, hash, request, caller, owner, payment, promise, priced, orderId,
                trackingTokens.tokenOf(orderId));
        Placement placement;
        try {
            placement = placementOf(pending, batches.write(pending));
        } catch (RuntimeException e) {
            payments.release(paymentKey);
            if (e instanceof ProblemException) {
                throw e;
            }
            LOG.errorf(e, "order with idempotency key %s could not be written; its payment was released",
                    key.value());
            throw ProblemException.unavailable(IdempotencyKey.HEADER, "the order could not be written now; nothing"
                    + " was charged: try again with the same Idempotency-Key", Duration.ofSeconds(5));
        }
        if (placement.created()) {
            logPlaced(placement.order());
        }
        return placement;
    }

    /**
     * What the writer made of a pending order: the new order; a refusal (thrown); or, when its key was taken, the
     * order with the key, looked up once the batch committed. If that order is gone (the batch's first order with
     * the key was refused), the pending one is written again.
     */
    private Placement placementOf(PendingOrder pending, PendingOrder.Written written) {
        for (int attempt = 1; ; attempt++) {
            if (written instanceof PendingOrder.Placed placed) {
                return new Placement(OrderResponse.full(placed.order(), placed.trackingToken()), true);
            }
            if (written instanceof PendingOrder.Refused refused) {
                throw refused.problem();
            }
            Optional<Placement> repeated = QuarkusTransaction.requiringNew().call(() -> repeated(pending.key(),
                    pending.hash()));
            if (repeated.isPresent()) {
                LOG.infof("order with idempotency key %s was placed concurrently; answering with that order",
                        pending.key().value());
                return repeated.get();
            }
            if (attempt == 3) {
                throw new IllegalStateException("the order's key stayed taken without an order");
            }
            written = batches.write(pending);
        }
    }

    /**
     * One attempt to place the order, inside the caller's transaction (which must roll back if this throws), as the
     * writer places a batch of one ({@link OrderWriter}). The promise was asked before the transaction; it is kept
     * only if it is for the order's variant. A key taken already is answered with its order (a 422 problem if that
     * was placed for another request), before the limits or a launch's quota could refuse it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placement placeInCurrentTransaction(IdempotencyKey key, String hash, OrderRequest request, Caller caller,
            Optional<String> owner, PaymentProvider.Authorisation payment, Promise promise) {
        UUID orderId = UUID.randomUUID();
        PendingOrder pending = new PendingOrder(key, hash, request, caller, owner, payment, promise, null, orderId,
                trackingTokens.tokenOf(orderId));
        PendingOrder.Written written;
        try {
            written = writer.write(List.of(pending)).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("the order could not be written: " + e.getMessage(), e);
        }
        if (written instanceof PendingOrder.KeyTaken) {
            return repeated(key, hash).orElseThrow(() -> new IllegalStateException("the key is taken by no order"));
        }
        return placementOf(pending, written);
    }

    /** The order's tracking token, when it can be given again (its secret has not changed since). */
    Optional<String> trackingTokenOf(CustomerOrder order) {
        String token = trackingTokens.tokenOf(order.id);
        return TrackingToken.matches(token, order.trackingTokenHash) ? Optional.of(token) : Optional.empty();
    }

    /** The order placed earlier with this key, which has one, if the request is the same; a 422 problem if not. */
    private Placement placedEarlier(IdempotencyKey key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> repeated(key, hash))
                .orElseThrow(() -> new IllegalStateException("the order of key " + key.value() + " is gone"));
    }

    /** The order placed earlier with this key, if the request is the same; a 422 problem if it differs. */
    private Optional<Placement> repeated(IdempotencyKey key, String hash) {
        Optional<String> placedFor = rows.requestHashOf(key.value());
        if (placedFor.isEmpty()) {
            return Optional.empty();
        }
        if (!placedFor.get().equals(hash)) {
            throw ProblemException.invalid(IdempotencyKey.HEADER, "was already used for a different order");
        }
        CustomerOrder existing = CustomerOrder.findByIdempotencyKey(key.value()).orElseThrow();
        return Optional.of(new Placement(OrderResponse.full(existing, trackingTokenOf(existing).orElse(null)), false));
    }

    /** The key the order's payment is made under: the same for a retry of the same request with the same key. */
    public static String paymentKeyOf(IdempotencyKey key, String requestHash) {
        return OrderFingerprint.sha256(key.value() + "\n" + requestHash);
    }

    /** Who buys, for a launch's limit per buyer: the account, or for a guest the e-mail address in lower case. */
    static String buyerOf(Optional<String> owner, String email) {
        return owner.map(account -> "account:" + account).orElseGet(() -> "email:" + email.toLowerCase(Locale.ROOT));
    }

    private static void logPlaced(OrderResponse order) {
        MDC.put("orderId", order.id());
        try {
            LOG.infof("order placed: %s %s/%d, %d features, %d apps, %d %s, delivery promised for %s", order.model(),
                    order.colour(), order.storageGb(), order.features().size(), order.apps().size(),
                    order.priceMinor(), order.currency(),
                    order.promisedDeliveryDate() == null ? "no date" : order.promisedDeliveryDate());
        } finally {
            MDC.remove("orderId");
        }
    }
}
