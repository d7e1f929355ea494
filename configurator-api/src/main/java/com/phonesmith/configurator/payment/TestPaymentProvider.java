package com.phonesmith.configurator.payment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The built-in test provider: a payment provider in process, with its own ledger (table {@code test_payment}) written
 * in its own transactions, as a remote provider's would be, and a log of every call it received and what the call
 * did (table {@code test_payment_request}), so that tests can prove that money moved once. The payment method says
 * how it behaves:
 * <ul>
 * <li>{@value #CARD} authorises;</li>
 * <li>{@value #DECLINED_CARD} is declined;</li>
 * <li>{@value #TIMEOUT_CARD} authorises, but the answer to the first authorisation of a key is lost (the hold exists,
 * the caller is told the provider timed out); later calls for the key answer normally;</li>
 * <li>{@value #UNAVAILABLE_CARD}: the provider cannot be reached (nothing is held).</li>
 * </ul>
 * Every call is idempotent by key, as the {@link PaymentProvider} port requires: a key authorised (or captured, or
 * refunded) again answers as before and moves nothing; a voided key is authorised anew. A hold is taken once
 * ({@code AUTHORISED -> CAPTURED}), a capture refunded once ({@code CAPTURED -> REFUNDED}); a void of a captured key
 * and a capture of a voided one are refused.
 * <p>
 * Faults for tests: {@link #refuseVoids(boolean)} makes voids fail as if the provider could not be reached (to try
 * the reconciler); {@link #failNext} makes the next calls of one operation on one key fail, either before they act
 * ({@link Fault#UNREACHABLE}) or after ({@link Fault#ANSWER_LOST}: the money moved, the caller is not told).
 */
@ApplicationScoped
public class TestPaymentProvider implements PaymentProvider {
    public static final String CARD = "test-card";
    public static final String DECLINED_CARD = "test-card-declined";
    public static final String TIMEOUT_CARD = "test-card-timeout";
    public static final String UNAVAILABLE_CARD = "test-card-unavailable";
    static final List<String> METHODS = List.of(CARD, DECLINED_CARD, TIMEOUT_CARD, UNAVAILABLE_CARD);
    static final String UNREACHABLE = "the payment provider could not be reached";
    static final String TIMED_OUT = "the payment provider did not answer in time";

    /** The calls of the port. */
    public enum Operation { AUTHORISE, VOID, CAPTURE, REFUND }

    /** What a call did: moved money, changed nothing (a repeat), was refused, or never reached the provider. */
    public enum Outcome { MOVED, UNCHANGED, REFUSED, UNREACHABLE }

    /** A fault to inject: the call fails before it acts, or acts and its answer is lost. */
    public enum Fault { UNREACHABLE, ANSWER_LOST }

    /** One call the provider received for a key. */
    public record Request(Operation operation, Long amountMinor, Outcome outcome) {
    }

    private record Ledger(String authorisation, String status, long amountMinor, String currency, long capturedMinor,
            long refundedMinor) {
    }

    private record Result(Outcome outcome, String refusal) {
        static final Result MOVED = new Result(Outcome.MOVED, null);
        static final Result UNCHANGED = new Result(Outcome.UNCHANGED, null);

        static Result refused(String reason) {
            return new Result(Outcome.REFUSED, reason);
        }
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicBoolean voidsRefused = new AtomicBoolean();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();

    public TestPaymentProvider(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Authorisation authorise(String key, String method, long amountMinor, String currency) {
        if (!METHODS.contains(method)) {
            log(key, Operation.AUTHORISE, amountMinor, Outcome.REFUSED);
            throw new PaymentDeclinedException(method + " is not a payment method of the test provider (use "
                    + String.join(", ", METHODS) + ")");
        }
        if (DECLINED_CARD.equals(method)) {
            log(key, Operation.AUTHORISE, amountMinor, Outcome.REFUSED);
            throw new PaymentDeclinedException("the card was declined: insufficient funds");
        }
        if (UNAVAILABLE_CARD.equals(method)) {
            log(key, Operation.AUTHORISE, amountMinor, Outcome.UNREACHABLE);
            throw new PaymentUnavailableException(UNREACHABLE);
        }
        Fault fault = nextFault(key, Operation.AUTHORISE);
        if (fault == Fault.UNREACHABLE) {
            log(key, Operation.AUTHORISE, amountMinor, Outcome.UNREACHABLE);
            throw new PaymentUnavailableException(UNREACHABLE);
        }
        // held, taken or given back under this key already: the same authorisation; else a new hold (V20)
        record Answer(Authorisation authorisation, boolean first) {
        }
        Answer answer = onOwnConnection(connection -> {
            try (PreparedStatement authorise = connection.prepareStatement("select authorisation, amount_minor,"
                    + " currency, first from test_payment_authorise(?, ?, ?, ?, ?, ?)")) {
                authorise.setString(1, key);
                authorise.setString(2, "test-auth-" + UUID.randomUUID());
                authorise.setString(3, method);
                authorise.setLong(4, amountMinor);
                authorise.setString(5, currency);
                authorise.setObject(6, now());
                try (ResultSet row = authorise.executeQuery()) {
                    row.next();
                    return new Answer(new Authorisation(key, row.getString(1), row.getLong(2), row.getString(3)),
                            row.getBoolean(4));
                }
            }
        });
        if (fault == Fault.ANSWER_LOST || answer.first() && TIMEOUT_CARD.equals(method)) {
            throw new PaymentUnavailableException(TIMED_OUT);
        }
        return answer.authorisation();
    }

    @Override
    public void voidAuthorisation(String key) {
        call(key, Operation.VOID, null, (connection, row) -> {
            if (row == null || "VOIDED".equals(row.status())) {
                return Result.UNCHANGED;
            }
            if (!"AUTHORISED".equals(row.status())) {
                return Result.refused("the payment was captured: it can be refunded, not voided");
            }
            update(connection, key, "status = 'VOIDED'", 0);
            return Result.MOVED;
        });
    }

    @Override
    public void capture(String key, long amountMinor) {
        call(key, Operation.CAPTURE, amountMinor, (connection, row) -> {
            if (row == null || "VOIDED".equals(row.status())) {
                return Result.refused("no authorisation to capture: none was made, or it was voided");
            }
            if (!"AUTHORISED".equals(row.status())) {
                return row.capturedMinor() == amountMinor ? Result.UNCHANGED
                        : Result.refused("captured already, " + row.capturedMinor() + ", not " + amountMinor);
            }
            if (amountMinor > row.amountMinor()) {
                return Result.refused("the hold is " + row.amountMinor() + ", less than " + amountMinor);
            }
            update(connection, key, "status = 'CAPTURED', captured_minor = ?", amountMinor);
            return Result.MOVED;
        });
    }

    @Override
    public void refund(String key, long amountMinor) {
        call(key, Operation.REFUND, amountMinor, (connection, row) -> {
            if (row == null || !List.of("CAPTURED", "REFUNDED").contains(row.status())) {
                return Result.refused("nothing was captured to refund");
            }
            if ("REFUNDED".equals(row.status())) {
                return row.refundedMinor() == amountMinor ? Result.UNCHANGED
                        : Result.refused("refunded already, " + row.refundedMinor() + ", not " + amountMinor);
            }
            if (amountMinor > row.capturedMinor()) {
                return Result.refused("no captured amount that large to refund");
            }
            update(connection, key, "status = 'REFUNDED', refunded_minor = ?", amountMinor);
            return Result.MOVED;
        });
    }

    /** While true, every void fails as if the provider could not be reached. */
    public void refuseVoids(boolean refused) {
        voidsRefused.set(refused);
    }

    /** The next {@code times} calls of the operation on the key fail this way; later ones answer normally. */
    public void failNext(String key, Operation operation, int times, Fault fault) {
        Deque<Fault> queue = faults.computeIfAbsent(operation + ":" + key, k -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** Drops every fault still to come. */
    public void forgetFaults() {
        faults.clear();
    }

    /** The ledger's status of the key (AUTHORISED, VOIDED, CAPTURED, REFUNDED), or null if it was never authorised. */
    public String statusOf(String key) {
        Ledger row = inOwnTransaction(connection -> row(connection, key, false));
        return row == null ? null : row.status();
    }

    /** Every call received for the key, oldest first. */
    public List<Request> requestsOf(String key) {
        return inOwnTransaction(connection -> {
            List<Request> requests = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select operation, amount_minor, outcome"
                    + " from test_payment_request where payment_key = ? order by seq")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Long amount = rows.getObject(2, Long.class);
                        requests.add(new Request(Operation.valueOf(rows.getString(1)), amount,
                                Outcome.valueOf(rows.getString(3))));
                    }
                }
            }
            return requests;
        });
    }

    /** The operations that moved money on the key, oldest first (a hold, its void, a capture, a refund). */
    public List<Operation> movementsOf(String key) {
        return requestsOf(key).stream().filter(r -> r.outcome() == Outcome.MOVED).map(Request::operation).toList();
    }

    /**
     * One call: an injected fault that stops it before it acts; else its effect on the key's locked ledger row and
     * the log of the call, in one transaction of the provider's own; then the refusal, or an injected lost answer.
     */
    private void call(String key, Operation operation, Long amountMinor, Effect effect) {
        Fault fault = nextFault(key, operation);
        if (fault == Fault.UNREACHABLE) {
            log(key, operation, amountMinor, Outcome.UNREACHABLE);
            throw new PaymentUnavailableException(UNREACHABLE);
        }
        Result result = inOwnTransaction(connection -> {
            Result done = effect.apply(connection, row(connection, key, true));
            record(connection, key, operation, amountMinor, done.outcome());
            return done;
        });
        if (result.outcome() == Outcome.REFUSED) {
            throw new PaymentDeclinedException(result.refusal());
        }
        if (fault == Fault.ANSWER_LOST) {
            throw new PaymentUnavailableException(TIMED_OUT);
        }
    }

    /** What a call does to the key's ledger row (null: none yet), locked in the provider's transaction. */
    @FunctionalInterface
    private interface Effect {
        Result apply(Connection connection, Ledger row) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction of the provider's own, on a connection of its own, as a remote provider's ledger
     * would be out of the caller's hands. Plain JDBC: an authorisation is on every order's path.
     */
    private <T> T inOwnTransaction(Work<T> work) {
        return onOwnConnection(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /**
     * Runs the work on a connection of the provider's own, each statement its own transaction; a transaction of the
     * caller is suspended meanwhile.
     */
    private <T> T onOwnConnection(Work<T> work) {
        if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return QuarkusTransaction.suspendingExisting().call(() -> onOwnConnection(work));
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the test provider's ledger could not be written: " + e.getMessage(), e);
        }
    }

    private Fault nextFault(String key, Operation operation) {
        if (operation == Operation.VOID && voidsRefused.get()) {
            return Fault.UNREACHABLE;
        }
        Deque<Fault> queue = faults.get(operation + ":" + key);
        return queue == null ? null : queue.poll();
    }

    private void update(Connection connection, String key, String set, long amountMinor) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update test_payment set " + set
                + ", updated_at = ? where payment_key = ?")) {
            int i = 0;
            if (set.contains("?")) {
                update.setLong(++i, amountMinor);
            }
            update.setObject(++i, now());
            update.setString(++i, key);
            update.executeUpdate();
        }
    }

    private void log(String key, Operation operation, Long amountMinor, Outcome outcome) {
        inOwnTransaction(connection -> {
            record(connection, key, operation, amountMinor, outcome);
            return null;
        });
    }

    private void record(Connection connection, String key, Operation operation, Long amountMinor, Outcome outcome)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into test_payment_request (payment_key,"
                + " operation, outcome, requested_at, amount_minor) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, operation.name());
            insert.setString(3, outcome.name());
            insert.setObject(4, now());
            // a void names no amount
            insert.setObject(5, amountMinor, Types.BIGINT);
            insert.executeUpdate();
        }
    }

    private static Ledger row(Connection connection, String key, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select authorisation, status, amount_minor,"
                + " currency, captured_minor, refunded_minor from test_payment where payment_key = ?"
                + (forUpdate ? " for update" : ""))) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Ledger(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getLong(5), row.getLong(6));
            }
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
