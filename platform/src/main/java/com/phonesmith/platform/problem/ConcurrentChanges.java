package com.phonesmith.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/**
 * Failures that say another request changed the same record at the same moment (a stale version, a lock or
 * serialization conflict, a deadlock): the transaction was rolled back, nothing of the request was applied, and the
 * same request sent again sees the other change. A client is told so with 409 and Retry-After, not an internal error.
 */
final class ConcurrentChanges {
    private ConcurrentChanges() {
    }

    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) // serialization failure
                    || "40P01".equals(sql.getSQLState()))) { // deadlock detected
                return true;
            }
        }
        return false;
    }
}
