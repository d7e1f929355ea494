package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.launch.Launches;
import com.phonesmith.configurator.payment.PaymentProvider;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.configurator.payment.PaymentsConfig;
import com.phonesmith.configurator.promise.Promise;
import com.phonesmith.configurator.promise.Promises;
import com.phonesmith.configurator.promise.VariantCode;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Places orders exactly once per idempotency key: the order's payment is authorised first (under a payment key
 * derived from the idempotency key and the request, so a retry gets the same authorisation), then the order row and
 * its OrderPlaced outbox message are written in one transaction, and the unique key constraint settles two
 * concurrent requests with one key. An order refused after its authorisation releases it ({@link Payments}).
 * Each order belongs to the account that placed it (none for a guest), is limited per account and per client
 * address ({@link OrderLimits}), and gets a tracking token ({@link TrackingTokens}). The delivery promised for its
 * variant ({@link Promises}) is asked before any transaction, since the factory may take up to its timeout, and kept
 * with the order; an order for which no date can be promised is still taken (the shopper was told before paying).
 */
@ApplicationScoped
public class OrderService {
    static final String KEY_CONSTRAINT = "customer_order_idempotency_key_unique";
    private static final Logger LOG = Logger.getLogger(OrderService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final CatalogService catalog;
    private final Outbox outbox;
    private final Clock clock;
    private final OrderLimits limits;
    private final TrackingTokens trackingTokens;
    private final Quotes quotes;
    private final Launches launches;
    private final Payments payments;
    private final PaymentsConfig paymentsConfig;
    private final Promises promises;
    private final OrderRows rows;

    public OrderService(CatalogService catalog, Outbox outbox, Clock clock, OrderLimits limits, OrdersConfig config,
            Quotes quotes, Launches launches, Payments payments, PaymentsConfig paymentsConfig, Promises promises,
            OrderRows rows) {
        this.catalog = catalog;
        this.rows = rows;
        this.promises = promises;
        this.payments = payments;
        this.paymentsConfig = paymentsConfig;
        this.quotes = quotes;
        this.launches = launches;
        this.outbox = outbox;
        this.clock = clock;
        this.limits = limits;
        String secret = config.trackingSecret();
        if (OrdersConfig.RANDOM_SECRET.equals(secret)) {
            LOG.warn("phonesmith.orders.tracking-secret is not set: using a random one until the next restart");
            secret = TrackingTokens.randomSecret();
        }
        this.trackingTokens = new TrackingTokens(secret);
    }

    /**
     * The order's configuration as the rules priced it, and the delivery day its quote showed (null if none); or the
     * order placed earlier with the key (then nothing else).
     */
    private record Checked(Priced priced, LocalDate quotedDelivery, Placement repeated) {
    }

    /** The order's configuration as the rules priced it, and the catalog they priced it on. */
    record Priced(Catalog catalog, PricedConfiguration configuration) {
    }

    /**
     * Places the order of the request, or answers the order already placed with this key for the same request.
     * A key already used for a different request is a 422 problem; a request the catalog does not offer too.
     */
    public Placement place(IdempotencyKey key, OrderRequest request, Caller caller) {
        OrderAccess.requireMayPlace(caller);
        Optional<String> owner = OrderAccess.ownerOf(caller);
        String hash = OrderFingerprint.of(request, owner);
        // what can be told without a charge is told first, in one transaction: a repeat, the catalog's refusal, a
        // quote that does not hold; in the same transaction a void of the payment key still queued from an earlier
        // attempt is taken out of the queue, so that it cannot release the hold authorised below
        String paymentKey = paymentKeyOf(key, hash);
        Checked checked = QuarkusTransaction.requiringNew().call(() -> {
            Optional<Placement> repeated = repeated(key, hash);
            if (repeated.isPresent()) {
                return new Checked(null, null, repeated.get());
            }
            Catalog current = catalog.current();
            PricedConfiguration configuration = new OrderRules(current).check(request);
            Optional<Quote> quote = quotes.honoured(request.quoteId(), configuration, clock.instant());
            payments.forgetQueuedVoid(paymentKey);
            return new Checked(new Priced(current, configuration), quote.map(q -> q.promisedDeliveryDate).orElse(null),
                    null);
        });
        if (checked.repeated() != null) {
            return checked.repeated();
        }
        PricedConfiguration priced = checked.priced().configuration();
        // outside any transaction: no lock or connection is held while the factory is asked
        Promise promise = promises.of(new VariantCode(priced.model(), priced.colour(), priced.storageGb()));
        Quotes.promiseStillKept(checked.quotedDelivery(), promise);
        String method = request.paymentMethod() == null ? paymentsConfig.defaultMethod() : request.paymentMethod();
        PaymentProvider.Authorisation payment = payments.authoriseForgotten(paymentKey, method, priced.priceMinor(),
                priced.currency());
        Placement placement;
        try {
            placement = QuarkusTransaction.requiringNew().call(() -> placeInCurrentTransaction(key, hash, request,
                    caller, owner, payment, promise, checked.priced()));
        } catch (RuntimeException e) {
            if (!violatesKeyConstraint(e)) {
                payments.release(paymentKey);
                throw e;
            }
            // A concurrent request with the same key committed its order first. For the same request it has the
            // same payment key, so the same authorisation: this one answers with that order. For another request
            // this one's authorisation is nobody's and is released.
            LOG.infof("order with idempotency key %s was placed concurrently; answering with that order", key.value());
            try {
                return QuarkusTransaction.requiringNew().call(() -> repeated(key, hash).orElseThrow(() -> e));
            } catch (RuntimeException refused) {
                payments.release(paymentKey);
                throw refused;
            }
        }
        if (placement.created()) {
            logPlaced(placement.order());
        }
        return placement;
    }

    /**
     * One attempt to place the order, inside the caller's transaction (which must roll back if this throws). The
     * promise was asked before the transaction; it is kept only if it is for the order's variant. The key is looked
     * up again though the pre-check did: a retry whose first attempt committed since is answered with that order here,
     * before the limits or a launch's quota could refuse it (the unique key alone would come too late for that).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placement placeInCurrentTransaction(IdempotencyKey key, String hash, OrderRequest request, Caller caller,
            Optional<String> owner, PaymentProvider.Authorisation payment, Promise promise) {
        return placeInCurrentTransaction(key, hash, request, caller, owner, payment, promise, null);
    }

    /**
     * As above; the configuration priced before (null: none) is taken as it is when the catalog has not changed
     * since, rather than checked again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Placement placeInCurrentTransaction(IdempotencyKey key, String hash, OrderRequest request, Caller caller,
            Optional<String> owner, PaymentProvider.Authorisation payment, Promise promise, Priced earlier) {
        Optional<Placement> repeated = repeated(key, hash);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        Catalog current = catalog.current();
        PricedConfiguration configuration = earlier != null && earlier.catalog() == current ? earlier.configuration()
                : new OrderRules(current).check(request);
        if (configuration.priceMinor() != payment.amountMinor()) {
            throw ProblemException.conflict("priceMinor", "the price changed while the order was being placed;"
                    + " nothing was charged: try again");
        }
        payments.lock(payment.key());
        // PostgreSQL keeps microseconds: truncate so the answer now and every later read agree
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Quote> quote = quotes.honoured(request.quoteId(), configuration, now);
        limits.check(caller, owner, now);

        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        order.status = OrderStatus.PLACED;
        order.maker = configuration.maker();
        order.model = configuration.model();
        order.colour = configuration.colour();
        order.storageGb = configuration.storageGb();
        order.features = configuration.features();
        order.apps = configuration.apps();
        order.priceMinor = configuration.priceMinor();
        order.currency = configuration.currency();
        order.customerEmail = OrderFingerprint.normaliseEmail(request.customerEmail());
        order.placedAt = now;
        order.idempotencyKey = key.value();
        order.requestHash = hash;
        order.customerId = owner.orElse(null);
        order.clientAddress = caller.clientAddress();
        String trackingToken = trackingTokens.tokenOf(order.id);
        order.trackingTokenHash = TrackingToken.hash(trackingToken);
        order.quoteId = quote.map(q -> q.id).orElse(null);
        order.paymentKey = payment.key();
        order.paymentAuthorisation = payment.id();
        PaymentRules.authorised(order, payment.amountMinor(), now);
        if (promise.isFor(new VariantCode(order.model, order.colour, order.storageGb))) {
            order.promisedShipDate = promise.promisedShipDate();
            order.promisedDeliveryDate = promise.promisedDeliveryDate();
        }
        rows.insert(order); // a concurrent order with this key makes this insert fail here, before the outbox write
        launches.take(order.model, order.colour, order.storageGb, order.id, buyerOf(owner, order.customerEmail), now);
        outbox.publish(OrderEvents.placed(order));
        return new Placement(OrderResponse.full(order, trackingToken), true);
    }

    /** The order's tracking token, when it can be given again (its secret has not changed since). */
    Optional<String> trackingTokenOf(CustomerOrder order) {
        String token = trackingTokens.tokenOf(order.id);
        return TrackingToken.matches(token, order.trackingTokenHash) ? Optional.of(token) : Optional.empty();
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

    static boolean violatesKeyConstraint(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && KEY_CONSTRAINT.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(KEY_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
