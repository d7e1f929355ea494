package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Places orders exactly once per idempotency key: the order row and its OrderPlaced outbox message are
 * written in one transaction, and the unique key constraint settles two concurrent requests with one key.
 */
@ApplicationScoped
public class OrderService {
    static final String KEY_CONSTRAINT = "customer_order_idempotency_key_unique";
    private static final Logger LOG = Logger.getLogger(OrderService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final CatalogService catalog;
    private final Outbox outbox;
    private final Clock clock;

    public OrderService(CatalogService catalog, Outbox outbox, Clock clock) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Places the order of the request, or answers the order already placed with this key for the same request.
     * A key already used for a different request is a 422 problem; a request the catalog does not offer too.
     */
    public Placement place(IdempotencyKey key, OrderRequest request) {
        String hash = OrderFingerprint.of(request);
        Placement placement;
        try {
            placement = QuarkusTransaction.requiringNew().call(() -> placeInCurrentTransaction(key, hash, request));
        } catch (RuntimeException e) {
            if (!violatesKeyConstraint(e)) {
                throw e;
            }
            // A concurrent request with the same key committed its order first: this one answers with it.
            LOG.infof("order with idempotency key %s was placed concurrently; answering with that order", key.value());
            return QuarkusTransaction.requiringNew().call(() -> repeated(key, hash).orElseThrow(() -> e));
        }
        if (placement.created()) {
            logPlaced(placement.order());
        }
        return placement;
    }

    /** One attempt to place the order, inside the caller's transaction (which must roll back if this throws). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placement placeInCurrentTransaction(IdempotencyKey key, String hash, OrderRequest request) {
        Optional<Placement> repeated = repeated(key, hash);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        PricedConfiguration configuration = new OrderRules(catalog.current()).check(request);

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
        // PostgreSQL keeps microseconds: truncate so the answer now and every later read agree
        order.placedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        order.idempotencyKey = key.value();
        order.requestHash = hash;
        order.persist();
        CustomerOrder.flush(); // a concurrent order with this key makes this insert fail here, before the outbox write
        outbox.publish(OrderEvents.placed(order));
        return new Placement(OrderResponse.of(order), true);
    }

    @Transactional
    public Optional<OrderResponse> find(UUID id) {
        return CustomerOrder.<CustomerOrder>findByIdOptional(id).map(OrderResponse::of);
    }

    /** The order placed earlier with this key, if the request is the same; a 422 problem if it differs. */
    private Optional<Placement> repeated(IdempotencyKey key, String hash) {
        Optional<CustomerOrder> existing = CustomerOrder.findByIdempotencyKey(key.value());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (!existing.get().requestHash.equals(hash)) {
            throw ProblemException.invalid(IdempotencyKey.HEADER, "was already used for a different order");
        }
        return Optional.of(new Placement(OrderResponse.of(existing.get()), false));
    }

    private static void logPlaced(OrderResponse order) {
        MDC.put("orderId", order.id());
        try {
            LOG.infof("order placed: %s %s/%d, %d features, %d apps, %d %s", order.model(), order.colour(),
                    order.storageGb(), order.features().size(), order.apps().size(), order.priceMinor(),
                    order.currency());
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
