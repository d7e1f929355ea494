package com.phonesmith.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Failures that say the database cannot be reached right now (refused or dropped connections, a server shutting
 * down or starting up, no pooled connection in time): nothing is wrong with the request, and a retry in a few
 * seconds may well succeed, which a client is told with 503 and Retry-After rather than an internal error.
 */
final class Outages {
    private Outages() {
    }

    static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") // connection exception
                            || sql.getSQLState().equals("57P01") // admin shutdown
                            || sql.getSQLState().equals("57P02") // crash shutdown
                            || sql.getSQLState().equals("57P03"))) { // cannot connect now (starting up)
                return true;
            }
        }
        return false;
    }
}
