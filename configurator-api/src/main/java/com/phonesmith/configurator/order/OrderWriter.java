package com.phonesmith.configurator.order;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.configurator.launch.Launches;
import com.phonesmith.configurator.payment.Payments;
import com.phonesmith.configurator.promise.VariantCode;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes orders whose payment is authorised, a batch of them in the caller's transaction, with as few statements as
 * the batch allows whatever its size: one for the locks of every payment key, idempotency key, account and address
 * in it, one for the keys already taken, one for the order limits, one for the launches, one insert of the orders
 * and one of their OrderPlaced messages. The orders are then admitted one after the other, as if each had its own
 * transaction: a key taken before (or earlier in the batch) answers with its order, a configuration the catalog no
 * longer offers at the authorised price, an expired quote, a limit or a launch's quota refuses the one order, never
 * the batch. The locks make the rest safe against any other writer, on this replica or another: an order holding
 * its payment key's lock cannot have its hold voided by the reconciler, and no other order with its key can be
 * written before this transaction ends.
 */
@ApplicationScoped
public class OrderWriter {
    private static final String LOCK_ALL = "select pg_advisory_xact_lock(h) from (select distinct"
            + " hashtextextended(k, 0) as h from unnest(?::text[]) k order by 1) as keys";

    private final CatalogService catalog;
    private final Quotes quotes;
    private final OrderLimits limits;
    private final Launches launches;
    private final Outbox outbox;
    private final OrderRows rows;
    private final DataSource dataSource;
    private final Clock clock;

    public OrderWriter(CatalogService catalog, Quotes quotes, OrderLimits limits, Launches launches, Outbox outbox,
            OrderRows rows, DataSource dataSource, Clock clock) {
        this.catalog = catalog;
        this.quotes = quotes;
        this.limits = limits;
        this.launches = launches;
        this.outbox = outbox;
        this.rows = rows;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes the batch in the caller's transaction; answers what became of each order, in the batch's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PendingOrder.Written> write(List<PendingOrder> batch) throws SQLException {
        // PostgreSQL keeps microseconds: truncate so the answer now and every later read agree
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            Catalog current = catalog.current(connection);
            lockAll(connection, batch);
            Map<String, String> taken = rows.requestHashesOf(connection, batch.stream().map(p -> p.key().value())
                    .toList());
            OrderLimits.Tally tally = limits.tally(connection, accountsOf(batch), addressesOf(batch), now);
            Set<String> launched = launches.modelsInLaunch(connection, batch.stream().map(p -> p.request().model()).toList(),
                    now);
            List<PendingOrder.Written> written = new ArrayList<>(batch.size());
            List<CustomerOrder> placed = new ArrayList<>(batch.size());
            Set<String> keys = new HashSet<>();
            for (PendingOrder pending : batch) {
                if (taken.containsKey(pending.key().value()) || !keys.add(pending.key().value())) {
                    written.add(new PendingOrder.KeyTaken());
                    continue;
                }
                try {
                    CustomerOrder order = admit(pending, current, now, tally, launched);
                    placed.add(order);
                    written.add(new PendingOrder.Placed(order, pending.trackingToken()));
                } catch (ProblemException refused) {
                    written.add(new PendingOrder.Refused(refused));
                }
            }
            rows.insertAll(connection, placed);
            outbox.publishAll(placed.stream().map(order -> outbox.prepare(OrderEvents.placed(order))).toList());
            return written;
        }
    }

    /** The order of a pending one if every rule lets it be placed now, counted against its limits and launch. */
    private CustomerOrder admit(PendingOrder pending, Catalog current, Instant now, OrderLimits.Tally tally,
            Set<String> launched) throws SQLException {
        // the configuration priced before is taken as it is while the catalog has not changed since
        PricedConfiguration configuration = pending.priced() != null && pending.priced().catalog() == current
                ? pending.priced().configuration() : new OrderRules(current).check(pending.request());
        if (configuration.priceMinor() != pending.payment().amountMinor()) {
            throw ProblemException.conflict("priceMinor", "the price changed while the order was being placed;"
                    + " nothing was charged: try again");
        }
        Optional<Quote> quote = quotes.honoured(pending.request().quoteId(), configuration, now);
        tally.admit(pending.owner(), pending.caller().clientAddress());
        CustomerOrder order = newOrder(pending, configuration, quote, now);
        if (launched.contains(order.model)) {
            try {
                launches.take(order.model, order.colour, order.storageGb, order.id,
                        OrderService.buyerOf(pending.owner(), order.customerEmail), now);
            } catch (ProblemException refused) {
                tally.withdraw(pending.owner(), pending.caller().clientAddress());
                throw refused;
            }
        }
        return order;
    }

    private static CustomerOrder newOrder(PendingOrder pending, PricedConfiguration configuration,
            Optional<Quote> quote, Instant now) {
        CustomerOrder order = new CustomerOrder();
        order.id = pending.orderId();
        order.status = OrderStatus.PLACED;
        order.maker = configuration.maker();
        order.model = configuration.model();
        order.colour = configuration.colour();
        order.storageGb = configuration.storageGb();
        order.features = configuration.features();
        order.apps = configuration.apps();
        order.priceMinor = configuration.priceMinor();
        order.currency = configuration.currency();
        order.customerEmail = OrderFingerprint.normaliseEmail(pending.request().customerEmail());
        order.placedAt = now;
        order.idempotencyKey = pending.key().value();
        order.requestHash = pending.hash();
        order.customerId = pending.owner().orElse(null);
        order.clientAddress = pending.caller().clientAddress();
        order.trackingTokenHash = TrackingToken.hash(pending.trackingToken());
        order.quoteId = quote.map(q -> q.id).orElse(null);
        order.paymentKey = pending.payment().key();
        order.paymentAuthorisation = pending.payment().id();
        PaymentRules.authorised(order, pending.payment().amountMinor(), now);
        if (pending.promise().isFor(new VariantCode(order.model, order.colour, order.storageGb))) {
            order.promisedShipDate = pending.promise().promisedShipDate();
            order.promisedDeliveryDate = pending.promise().promisedDeliveryDate();
        }
        return order;
    }

    /**
     * Every lock the batch's orders need, in one statement and in the order of their hashes, so that two writers
     * taking overlapping sets wait for each other rather than deadlock.
     */
    private static void lockAll(Connection connection, List<PendingOrder> batch) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        for (PendingOrder pending : batch) {
            keys.add(Payments.lockKey(pending.payment().key()));
            keys.add(keyLock(pending.key()));
            keys.addAll(OrderLimits.lockKeys(pending.owner(), pending.caller().clientAddress()));
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK_ALL)) {
            lock.setArray(1, connection.createArrayOf("text", keys.toArray()));
            lock.executeQuery().close();
        }
    }

    /** The lock of an idempotency key: no two orders with one key are written at once, whatever their requests. */
    static String keyLock(IdempotencyKey key) {
        return "order-key:" + key.value();
    }

    private static Set<String> accountsOf(List<PendingOrder> batch) {
        Set<String> accounts = new HashSet<>();
        batch.forEach(pending -> pending.owner().ifPresent(accounts::add));
        return accounts;
    }

    private static Set<String> addressesOf(List<PendingOrder> batch) {
        Set<String> addresses = new HashSet<>();
        batch.forEach(pending -> addresses.add(pending.caller().clientAddress()));
        return addresses;
    }
}
