package com.phonesmith.configurator.payment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The built-in test provider: a payment provider in process, with its own ledger (table {@code test_payment}) written
 * in its own transactions, as a remote provider's would be. The payment method says how it behaves:
 * <ul>
 * <li>{@value #CARD} authorises;</li>
 * <li>{@value #DECLINED_CARD} is declined;</li>
 * <li>{@value #TIMEOUT_CARD} authorises, but the answer to the first authorisation of a key is lost (the hold exists,
 * the caller is told the provider timed out); later calls for the key answer normally;</li>
 * <li>{@value #UNAVAILABLE_CARD}: the provider cannot be reached (nothing is held).</li>
 * </ul>
 * {@link #refuseVoids(boolean)} makes voids fail as if the provider could not be reached, to try the reconciler.
 * A key authorised again answers the same authorisation; a voided key is authorised anew.
 */
@ApplicationScoped
public class TestPaymentProvider implements PaymentProvider {
    public static final String CARD = "test-card";
    public static final String DECLINED_CARD = "test-card-declined";
    public static final String TIMEOUT_CARD = "test-card-timeout";
    public static final String UNAVAILABLE_CARD = "test-card-unavailable";
    static final List<String> METHODS = List.of(CARD, DECLINED_CARD, TIMEOUT_CARD, UNAVAILABLE_CARD);

    private final EntityManager entities;
    private final Clock clock;
    private final AtomicBoolean voidsRefused = new AtomicBoolean();

    public TestPaymentProvider(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    public Authorisation authorise(String key, String method, long amountMinor, String currency) {
        if (!METHODS.contains(method)) {
            throw new PaymentDeclinedException(method + " is not a payment method of the test provider (use "
                    + String.join(", ", METHODS) + ")");
        }
        if (DECLINED_CARD.equals(method)) {
            throw new PaymentDeclinedException("the card was declined: insufficient funds");
        }
        if (UNAVAILABLE_CARD.equals(method)) {
            throw new PaymentUnavailableException("the payment provider could not be reached");
        }
        boolean firstCall = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = row(key);
            if (row != null && "AUTHORISED".equals(row[1])) {
                return false;
            }
            entities.createNativeQuery("""
                    insert into test_payment (payment_key, authorisation, method, amount_minor, currency, status,
                        updated_at)
                    values (?1, ?2, ?3, ?4, ?5, 'AUTHORISED', ?6)
                    on conflict (payment_key) do update set authorisation = excluded.authorisation,
                        method = excluded.method, amount_minor = excluded.amount_minor, currency = excluded.currency,
                        status = 'AUTHORISED', updated_at = excluded.updated_at""")
                    .setParameter(1, key).setParameter(2, "test-auth-" + UUID.randomUUID()).setParameter(3, method)
                    .setParameter(4, amountMinor).setParameter(5, currency).setParameter(6, now()).executeUpdate();
            return row == null;
        });
        if (firstCall && TIMEOUT_CARD.equals(method)) {
            throw new PaymentUnavailableException("the payment provider did not answer in time");
        }
        Object[] row = QuarkusTransaction.requiringNew().call(() -> row(key));
        return new Authorisation(key, (String) row[0], ((Number) row[2]).longValue(), (String) row[3]);
    }

    @Override
    public void voidAuthorisation(String key) {
        if (voidsRefused.get()) {
            throw new PaymentUnavailableException("the payment provider could not be reached");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("update test_payment set status = 'VOIDED', updated_at = ?2"
                    + " where payment_key = ?1 and status = 'AUTHORISED'").setParameter(1, key)
                    .setParameter(2, now()).executeUpdate();
        });
    }

    @Override
    public void capture(String key, long amountMinor) {
        change(key, "update test_payment set status = 'CAPTURED', captured_minor = ?2, updated_at = ?3"
                + " where payment_key = ?1 and status = 'AUTHORISED' and amount_minor >= ?2", amountMinor,
                "no authorisation of at least that amount to capture");
    }

    @Override
    public void refund(String key, long amountMinor) {
        change(key, "update test_payment set status = 'REFUNDED', refunded_minor = refunded_minor + ?2,"
                + " updated_at = ?3 where payment_key = ?1 and status in ('CAPTURED', 'REFUNDED')"
                + " and refunded_minor + ?2 <= captured_minor", amountMinor, "no captured amount that large to refund");
    }

    /** While true, every void fails as if the provider could not be reached. */
    public void refuseVoids(boolean refused) {
        voidsRefused.set(refused);
    }

    /** The ledger's status of the key (AUTHORISED, VOIDED, CAPTURED, REFUNDED), or null if it was never authorised. */
    public String statusOf(String key) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> row(key));
        return row == null ? null : (String) row[1];
    }

    private void change(String key, String update, long amountMinor, String refusal) {
        int changed = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(update)
                .setParameter(1, key).setParameter(2, amountMinor).setParameter(3, now()).executeUpdate());
        if (changed == 0) {
            throw new PaymentDeclinedException(refusal);
        }
    }

    /** authorisation, status, amount, currency; or null. */
    private Object[] row(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select authorisation, status, amount_minor, currency"
                + " from test_payment where payment_key = ?1").setParameter(1, key).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
