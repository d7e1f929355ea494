package com.phonesmith.configurator.order;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        if (account.isPresent()) {
            lock("account:" + account.get());
            Optional<Instant> blocking = limitReachedAt("customer_id", account.get(), since, limits.perAccount());
            if (blocking.isPresent()) {
                throw refused("this account has placed " + limits.perAccount(), blocking.get(), now);
            }
        }
        lock("address:" + caller.clientAddress());
        Optional<Instant> blocking = limitReachedAt("client_address", caller.clientAddress(), since,
                limits.perAddress());
        if (blocking.isPresent()) {
            throw refused(limits.perAddress() + " orders have been placed from this address", blocking.get(), now);
        }
    }

    /**
     * When the buyer has {@code limit} orders since {@code since}: the time of the limit-th newest of them, which
     * must leave the window before another order fits. Empty while the buyer is under the limit.
     */
    private Optional<Instant> limitReachedAt(String column, String value, Instant since, int limit) {
        // no result class: Hibernate keys a native query's plan by its result mapping too, and a mapping made from a
        // class is a new key on every call, so each order added a plan to the cache, where all of them share the
        // query's hash; looking the plan up then compared the order with every earlier one (most of the CPU per order)
        @SuppressWarnings("unchecked")
        List<Object> rows = entities.createNativeQuery("select placed_at from customer_order where " + column
                        + " = ?1 and placed_at > ?2 order by placed_at desc offset ?3 limit 1")
                .setParameter(1, value).setParameter(2, since).setParameter(3, Math.max(0, limit - 1))
                .getResultList();
        return rows.stream().findFirst().map(OrderLimits::instant);
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

    private void lock(String key) {
        entities.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "order-limit:" + key).getSingleResult();
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
