package com.phonesmith.configurator.order;

import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses an order when its account or its client address has already placed as many orders as the limits
 * allow within the window: a launch is a target for scalpers. The orders of a batch ({@link OrderWriter}) are
 * admitted one after the other against a {@link Tally} read once for the whole batch, in the placing transaction and
 * under a transaction-scoped advisory lock per account and per address ({@link #lockKeys}), so that concurrent
 * batches of one buyer (on any replica) are counted one after the other and cannot slip past the limit together.
 */
@ApplicationScoped
public class OrderLimits {
    private static final String COUNTS = """
            select 'account', k, (select count(*) from (select 1 from customer_order
                        where customer_id = k and placed_at > ? limit ?) o)
              from unnest(?::text[]) k
            union all
            select 'address', k, (select count(*) from (select 1 from customer_order
                        where client_address = k and placed_at > ? limit ?) o)
              from unnest(?::text[]) k""";
    private static final String NEWEST = "select placed_at from customer_order where %s = ? and placed_at > ?"
            + " order by placed_at desc offset ? limit 1";

    private final OrdersConfig.Limits limits;

    public OrderLimits(OrdersConfig config) {
        this.limits = config.limits();
    }

    /** The advisory locks an order takes before it is counted: its account's (if any) and its address's. */
    static List<String> lockKeys(Optional<String> account, String address) {
        return account.map(a -> List.of("order-limit:account:" + a, "order-limit:address:" + address))
                .orElseGet(() -> List.of("order-limit:address:" + address));
    }

    /**
     * The orders the accounts and addresses placed within the window before {@code now}, each counted up to its
     * limit, in the caller's transaction: call it once their locks are held, so that its snapshot sees the orders of
     * whoever held them before.
     */
    Tally tally(Connection connection, Set<String> accounts, Set<String> addresses, Instant now) throws SQLException {
        Instant since = now.minus(limits.window());
        Tally tally = new Tally(connection, now);
        try (PreparedStatement counts = connection.prepareStatement(COUNTS)) {
            counts.setObject(1, since.atOffset(ZoneOffset.UTC));
            counts.setInt(2, perAccount());
            counts.setArray(3, connection.createArrayOf("text", accounts.toArray()));
            counts.setObject(4, since.atOffset(ZoneOffset.UTC));
            counts.setInt(5, perAddress());
            counts.setArray(6, connection.createArrayOf("text", addresses.toArray()));
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    ("account".equals(rows.getString(1)) ? tally.byAccount : tally.byAddress)
                            .put(rows.getString(2), new int[] {rows.getInt(3), 0});
                }
            }
        }
        return tally;
    }

    /** What the accounts and addresses of a batch have placed within the window, and what the batch adds. */
    final class Tally {
        private final Connection connection;
        private final Instant now;
        // per account and address: the orders before the batch (up to the limit), and those the batch admitted
        private final Map<String, int[]> byAccount = new HashMap<>();
        private final Map<String, int[]> byAddress = new HashMap<>();

        private Tally(Connection connection, Instant now) {
            this.connection = connection;
            this.now = now;
        }

        /** Counts the order in, or refuses it with a 429 problem saying when the oldest of the limit leaves the window. */
        void admit(Optional<String> account, String address) throws SQLException {
            if (account.isPresent()) {
                int[] count = byAccount.computeIfAbsent(account.get(), k -> new int[2]);
                if (count[0] + count[1] >= perAccount()) {
                    throw refused("this account has placed " + limits.perAccount(),
                            limitReachedAt("customer_id", account.get(), count, perAccount()));
                }
            }
            int[] count = byAddress.computeIfAbsent(address, k -> new int[2]);
            if (count[0] + count[1] >= perAddress()) {
                throw refused(limits.perAddress() + " orders have been placed from this address",
                        limitReachedAt("client_address", address, count, perAddress()));
            }
            account.ifPresent(a -> byAccount.get(a)[1]++);
            count[1]++;
        }

        /** Takes back an admitted order that was refused for another reason after all. */
        void withdraw(Optional<String> account, String address) {
            account.ifPresent(a -> byAccount.get(a)[1]--);
            byAddress.get(address)[1]--;
        }

        /** When the limit-th newest order was placed: now if the batch alone reached the limit, else from the table. */
        private Instant limitReachedAt(String column, String value, int[] count, int limit) throws SQLException {
            if (count[1] >= limit) {
                return now;
            }
            try (PreparedStatement newest = connection.prepareStatement(NEWEST.formatted(column))) {
                newest.setString(1, value);
                newest.setObject(2, now.minus(limits.window()).atOffset(ZoneOffset.UTC));
                newest.setInt(3, limit - count[1] - 1);
                try (ResultSet row = newest.executeQuery()) {
                    return row.next() ? instant(row.getObject(1, OffsetDateTime.class)) : now;
                }
            }
        }

        private ProblemException refused(String what, Instant limitReachedAt) {
            Duration wait = retryAfter(limitReachedAt, limits.window(), now);
            return ProblemException.tooManyRequests(what + " orders within " + describe(limits.window())
                    + ", the most allowed; try again in " + describe(wait), wait);
        }
    }

    // a limit under one allows one order, as it always did
    private int perAccount() {
        return Math.max(1, limits.perAccount());
    }

    private int perAddress() {
        return Math.max(1, limits.perAddress());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    /** How long until the order that reached the limit leaves the window (at least one second). */
    static Duration retryAfter(Instant limitReachedAt, Duration window, Instant now) {
        Duration wait = Duration.between(now, limitReachedAt.plus(window));
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    /** 90 seconds as "2 minutes", 3 hours as "3 hours". */
    static String describe(Duration duration) {
        long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes + " minutes";
        }
        return (minutes + 59) / 60 + " hours";
    }
}
