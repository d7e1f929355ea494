package com.phonesmith.configurator.order;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses an order when its account or its client address has already placed as many orders as the limits
 * allow within the window: a launch is a target for scalpers. Runs in the placing transaction, after a
 * transaction-scoped advisory lock per account and per address, so that concurrent requests of one buyer
 * (on any replica) are counted one after the other and cannot slip past the limit together.
 */
@ApplicationScoped
public class OrderLimits {
    private final EntityManager entities;
    private final OrdersConfig.Limits limits;

    public OrderLimits(EntityManager entities, OrdersConfig config) {
        this.entities = entities;
        this.limits = config.limits();
    }

    void check(Caller caller, Optional<String> account, Instant now) {
        Instant since = now.minus(limits.window());
        String address = caller.clientAddress();
        // both locks in one statement, the account's first as always; the counts in the next statement, whose
        // snapshot is taken once the locks are held, so that it sees the order of whoever held them before
        lock(account.map(a -> "account:" + a), "address:" + address);
        Object[] reached = limitsReachedAt(account, address, since);
        if (reached[0] != null) {
            throw refused("this account has placed " + limits.perAccount(), instant(reached[0]), now);
        }
        if (reached[1] != null) {
            throw refused(limits.perAddress() + " orders have been placed from this address", instant(reached[1]),
                    now);
        }
    }

    /**
     * For the account (if any) and the address: when each has its limit of orders since {@code since}, the time of
     * the limit-th newest of them, which must leave the window before another order fits; null while under it.
     */
    private Object[] limitsReachedAt(Optional<String> account, String address, Instant since) {
        // no result class: Hibernate keys a native query's plan by its result mapping too, and a mapping made from a
        // class is a new key on every call, so each order added a plan to the cache, where all of them share the
        // query's hash; looking the plan up then compared the order with every earlier one (most of the CPU per order)
        Object row = entities.createNativeQuery("""
                select (select placed_at from customer_order where customer_id = ?1 and placed_at > ?3
                            order by placed_at desc offset ?4 limit 1),
                       (select placed_at from customer_order where client_address = ?2 and placed_at > ?3
                            order by placed_at desc offset ?5 limit 1)""")
                // a guest has no account, and no order has the empty account (rather than binding an untyped null)
                .setParameter(1, account.orElse("")).setParameter(2, address).setParameter(3, since)
                .setParameter(4, Math.max(0, limits.perAccount() - 1))
                .setParameter(5, Math.max(0, limits.perAddress() - 1))
                .getSingleResult();
        return (Object[]) row;
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

    private void lock(Optional<String> accountKey, String addressKey) {
        if (accountKey.isPresent()) {
            entities.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0)),"
                    + " pg_advisory_xact_lock(hashtextextended(?2, 0))")
                    .setParameter(1, "order-limit:" + accountKey.get()).setParameter(2, "order-limit:" + addressKey)
                    .getSingleResult();
        } else {
            entities.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, "order-limit:" + addressKey).getSingleResult();
        }
    }

    private ProblemException refused(String what, Instant limitReachedAt, Instant now) {
        Duration wait = retryAfter(limitReachedAt, limits.window(), now);
        return ProblemException.tooManyRequests(what + " orders within " + describe(limits.window())
                + ", the most allowed; try again in " + describe(wait), wait);
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
