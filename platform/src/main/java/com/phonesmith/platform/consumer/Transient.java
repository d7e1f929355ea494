package com.phonesmith.platform.consumer;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/**
 * Failures that a second try can get past: PostgreSQL's serialization failures and deadlocks (SQLSTATE class 40),
 * a lost connection (class 08), and lock conflicts as JPA reports them.
 */
final class Transient {
    private Transient() {
    }

    static boolean is(Throwable failure) {
        return Subscription.causes(failure).anyMatch(t -> t instanceof OptimisticLockException
                || t instanceof PessimisticLockException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08")));
    }
}
