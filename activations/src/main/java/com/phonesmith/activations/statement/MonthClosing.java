package com.phonesmith.activations.statement;

import com.phonesmith.activations.ActivationsConfig;
import com.phonesmith.activations.Columns;
import com.phonesmith.activations.usage.MonthRule;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Closes a month: one immutable statement per maker with a rate contract, computed in PostgreSQL over all devices
 * at once (the month rule of {@link MonthRule} as one set-based query), plus a line for each correction recorded
 * since the maker's last statement. Closing an already closed month changes nothing.
 */
@ApplicationScoped
public class MonthClosing {
    /** Advisory lock namespace for closing months (any constant; only this class takes it). */
    private static final long CLOSE_LOCK = 0x5041594f5554L;

    private final EntityManager entities;
    private final Clock clock;
    private final ActivationsConfig config;

    public MonthClosing(EntityManager entities, Clock clock, ActivationsConfig config) {
        this.entities = entities;
        this.clock = clock;
        this.config = config;
    }

    /** The outcome of a close: whether it closed now, and makers that have devices in use but no contract. */
    public record Closed(String month, boolean closedNow, Instant closedAt, List<String> makersWithoutContract) {
    }

    /**
     * Closes the month in one transaction, which may take minutes over tens of millions of devices: it runs with
     * {@code activations.month-close-timeout} instead of the default transaction timeout (one minute).
     */
    public Closed close(YearMonth month, String closedBy) {
        return QuarkusTransaction.requiringNew().timeout((int) config.monthCloseTimeout().toSeconds())
                .call(() -> closeInTransaction(month, closedBy));
    }

    private Closed closeInTransaction(YearMonth month, String closedBy) {
        Instant now = clock.instant();
        if (!MonthRule.isOver(month, now)) {
            throw ProblemException.conflict("month", month + " is still running: it can be closed from "
                    + MonthRule.end(month));
        }
        entities.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CLOSE_LOCK + month.getYear()
                * 12L + month.getMonthValue()).getSingleResult();
        LocalDate first = month.atDay(1);
        List<?> closedBefore = entities.createNativeQuery("select closed_at from month_close where month = ?1")
                .setParameter(1, first).getResultList();
        if (!closedBefore.isEmpty()) {
            return new Closed(month.toString(), false, Columns.instant(closedBefore.get(0)), List.of());
        }
        entities.createNativeQuery("insert into month_close (month, closed_at, closed_by) values (?1, ?2, ?3)")
                .setParameter(1, first).setParameter(2, now.atOffset(ZoneOffset.UTC)).setParameter(3, closedBy)
                .executeUpdate();
        // the corrections this month's statements settle: those recorded until now, for makers with a contract
        entities.createNativeQuery("update adjustment set settled_month = ?1 where settled_month is null and maker in"
                + " (select maker from rate_contract where effective_from <= ?1)").setParameter(1, first).executeUpdate();
        entities.createNativeQuery(STATEMENTS).setParameter(1, first)
                .setParameter(2, MonthRule.begin(month).atOffset(ZoneOffset.UTC))
                .setParameter(3, MonthRule.end(month).atOffset(ZoneOffset.UTC))
                .setParameter(4, config.outOfUseAfter().toSeconds())
                .setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        entities.createNativeQuery(LINES).setParameter(1, first).setParameter(2, month.toString()).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> uncontracted = entities.createNativeQuery(UNCONTRACTED).setParameter(1, first)
                .setParameter(2, MonthRule.begin(month).atOffset(ZoneOffset.UTC))
                .setParameter(3, MonthRule.end(month).atOffset(ZoneOffset.UTC))
                .setParameter(4, config.outOfUseAfter().toSeconds()).getResultList();
        return new Closed(month.toString(), true, now, uncontracted);
    }

    /** Makers' devices in use during the month (the month rule), times the rate in effect on its first day. */
    private static final String IN_USE = """
            select d.maker, count(*) as devices
            from device d
            where d.activated_at < ?3
              and exists (select 1 from usage_period p
                          where p.imei = d.imei and p.started_at < ?3
                            and p.last_seen_at + ?4 * interval '1 second' > ?2)
            group by d.maker
            """;

    private static final String STATEMENTS = """
            with contract as (
                select distinct on (maker) maker, rate_minor, currency
                from rate_contract where effective_from <= ?1
                order by maker, effective_from desc),
            in_use as (""" + IN_USE + """
            ),
            corrections as (
                select a.maker, sum(a.devices * (select r.rate_minor from rate_contract r
                                                  where r.maker = a.maker and r.effective_from <= a.for_month
                                                  order by r.effective_from desc limit 1)) as amount
                from adjustment a where a.settled_month = ?1 group by a.maker)
            insert into statement (maker, month, devices_in_use, rate_minor, currency, total_minor, closed_at)
            select c.maker, ?1, coalesce(u.devices, 0), c.rate_minor, c.currency,
                   coalesce(u.devices, 0) * c.rate_minor + coalesce(k.amount, 0), ?5
            from contract c left join in_use u on u.maker = c.maker left join corrections k on k.maker = c.maker
            """;

    private static final String LINES = """
            insert into statement_line (maker, month, line_no, kind, description, devices, amount_minor)
            select s.maker, s.month, 1, 'IN_USE', 'Devices in use in ' || ?2, s.devices_in_use,
                   s.devices_in_use * s.rate_minor
            from statement s where s.month = ?1
            union all
            select a.maker, a.settled_month,
                   1 + row_number() over (partition by a.maker order by a.recorded_at, a.id),
                   'ADJUSTMENT', 'Correction of ' || to_char(a.for_month, 'YYYY-MM') || ': ' || a.reason, a.devices,
                   a.devices * (select r.rate_minor from rate_contract r
                                where r.maker = a.maker and r.effective_from <= a.for_month
                                order by r.effective_from desc limit 1)
            from adjustment a where a.settled_month = ?1
            """;

    private static final String UNCONTRACTED = "select u.maker from (" + IN_USE + ") u"
            + " where not exists (select 1 from rate_contract r where r.maker = u.maker and r.effective_from <= ?1)"
            + " order by u.maker";
}
