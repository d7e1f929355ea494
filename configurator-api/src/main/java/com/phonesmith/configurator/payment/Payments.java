package com.phonesmith.configurator.payment;

import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Payments of orders through the {@link PaymentProvider} port. A declined payment is a 402 problem naming
 * {@code paymentMethod}; a provider that did not answer is a 503 problem, after the hold it may have made is voided,
 * so that no charge stays without an order. A hold no order took is voided at once, or, if the provider cannot be
 * reached, queued in {@code payment_void} and voided by {@link #reconcile()} unless an order holds it by then. Every
 * step on a key (a new authorisation taking it out of the queue, a release, the reconciler, the order's write) holds
 * one advisory lock per key, so the reconciler never voids a hold that an order has or is about to take.
 */
@ApplicationScoped
public class Payments {
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(Payments.class);

    private final PaymentProvider provider;
    private final EntityManager entities;
    private final DataSource dataSource;
    private final Clock clock;

    public Payments(PaymentProvider provider, EntityManager entities, DataSource dataSource, Clock clock) {
        this.provider = provider;
        this.entities = entities;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Holds the amount for an order about to be written; call outside any transaction. */
    public PaymentProvider.Authorisation authorise(String key, String method, long amountMinor, String currency) {
        forgetQueuedVoid(key);
        return authoriseForgotten(key, method, amountMinor, currency);
    }

    /**
     * Under the key's lock, takes a void of this key still queued from an earlier attempt out of the queue, so that
     * it cannot release the hold an authorisation makes once the delete has committed ({@link #authoriseForgotten}):
     * in the caller's transaction if there is one, else in a statement of its own (one round trip, no transaction
     * to begin and end around it).
     */
    public void forgetQueuedVoid(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement("select forget_queued_void(?, ?)")) {
            forget.setString(1, lockKey(key));
            forget.setString(2, key);
            forget.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("the queued void of payment " + key + " could not be taken out: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Holds the amount for an order about to be written, once a committed transaction took the key's queued void out
     * ({@link #forgetQueuedVoid}); call outside any transaction.
     */
    public PaymentProvider.Authorisation authoriseForgotten(String key, String method, long amountMinor,
            String currency) {
        try {
            return provider.authorise(key, method, amountMinor, currency);
        } catch (PaymentDeclinedException declined) {
            throw new ProblemException(402, "Payment declined", "paymentMethod: " + declined.getMessage(),
                    List.of(new Problem.FieldError("paymentMethod", declined.getMessage())));
        } catch (PaymentUnavailableException unavailable) {
            LOG.warnf("payment %s: %s; voiding any hold it made", key, unavailable.getMessage());
            release(key);
            throw ProblemException.unavailable("paymentMethod", unavailable.getMessage() + "; nothing was charged"
                    + " and no order was placed: try again with the same Idempotency-Key", RETRY_AFTER);
        }
    }

    /**
     * Voids the hold of a key whose order was refused, unless an order holds it after all (a concurrent twin of the
     * request); queues it for the reconciler if the provider cannot be reached.
     */
    public void release(String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            lock(key);
            if (held(key)) {
                return;
            }
            try {
                provider.voidAuthorisation(key);
            } catch (PaymentUnavailableException e) {
                LOG.warnf("payment %s could not be voided (%s); the reconciler will retry", key, e.getMessage());
                entities.createNativeQuery("""
                        insert into payment_void (payment_key, queued_at, last_error) values (?1, ?2, ?3)
                        on conflict (payment_key) do update set last_error = excluded.last_error""")
                        .setParameter(1, key).setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
                        .setParameter(3, e.getMessage()).executeUpdate();
            }
        });
    }

    /**
     * Voids each queued hold that no order holds, and forgets those an order holds (a retry of the order took
     * the hold after all). Each key is settled under the same advisory lock an order takes for its payment key.
     */
    @Scheduled(every = "${phonesmith.payments.reconcile-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reconcile() {
        @SuppressWarnings("unchecked")
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select payment_key from payment_void order by queued_at limit 100").getResultList());
        for (String key : keys) {
            try {
                QuarkusTransaction.requiringNew().run(() -> settle(key));
            } catch (RuntimeException e) {
                LOG.warnf("payment %s still cannot be voided: %s", key, e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("update payment_void set"
                        + " attempts = attempts + 1, last_error = ?2 where payment_key = ?1").setParameter(1, key)
                        .setParameter(2, String.valueOf(e.getMessage())).executeUpdate());
            }
        }
    }

    /**
     * Takes the amount held under the key, in the caller's transaction (under the key's lock). The provider answers
     * a repeat as captured without taking the money again, so a caller whose transaction rolls back after this
     * returned may call it again.
     *
     * @throws PaymentDeclinedException when there is no hold to take
     * @throws PaymentUnavailableException when the provider did not answer (the caller tries again later)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void capture(String key, long amountMinor) {
        lock(key);
        provider.capture(key, amountMinor);
    }

    /**
     * Voids the hold of an order that is cancelled before its payment was captured, in the caller's transaction
     * (under the key's lock). Repeating it does nothing more.
     *
     * @throws PaymentDeclinedException when the provider captured the key (it is refunded, not voided)
     * @throws PaymentUnavailableException when the provider did not answer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voidHold(String key) {
        lock(key);
        provider.voidAuthorisation(key);
    }

    /**
     * Pays back the captured amount of a cancelled order, in the caller's transaction (under the key's lock). The
     * provider refunds a key once: a repeat pays nothing more.
     *
     * @throws PaymentDeclinedException when nothing that large was captured under the key
     * @throws PaymentUnavailableException when the provider did not answer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refund(String key, long amountMinor) {
        lock(key);
        provider.refund(key, amountMinor);
    }

    private void settle(String key) {
        lock(key);
        boolean stillQueued = !entities.createNativeQuery("select 1 from payment_void where payment_key = ?1")
                .setParameter(1, key).getResultList().isEmpty();
        if (!stillQueued) {
            return; // a retry of the order took the key back before it authorised again
        }
        if (!held(key)) {
            provider.voidAuthorisation(key);
            LOG.infof("payment %s voided by the reconciler", key);
        }
        entities.createNativeQuery("delete from payment_void where payment_key = ?1").setParameter(1, key)
                .executeUpdate();
    }

    private boolean held(String key) {
        return !entities.createNativeQuery("select 1 from customer_order where payment_key = ?1").setParameter(1, key)
                .getResultList().isEmpty();
    }

    /** The lock an order takes on its payment key before it is written, and the reconciler before it voids. */
    public void lock(String key) {
        entities.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, lockKey(key)).getSingleResult();
    }

    /** The advisory lock's key of a payment key ({@link #lock}), for a writer that takes many locks at once. */
    public static String lockKey(String key) {
        return "payment:" + key;
    }
}
