package com.phonesmith.activations.statement;

import com.phonesmith.activations.Columns;
import com.phonesmith.activations.usage.MonthRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Reads closed statements, and the running month's as it stands. */
@ApplicationScoped
public class StatementQueries {
    private final EntityManager entities;

    public StatementQueries(EntityManager entities) {
        this.entities = entities;
    }

    /** Whether a maker is one we have a contract with (the makers statements exist for). */
    public boolean knowsMaker(String maker) {
        return !entities.createNativeQuery("select 1 from rate_contract where maker = ?1 limit 1")
                .setParameter(1, maker).getResultList().isEmpty();
    }

    /** A maker's statements, newest first, without their lines. */
    public List<Statement> ofMaker(String maker) {
        return rows("where s.maker = ?1 order by s.month desc", maker).stream().map(this::withoutLines).toList();
    }

    /** Every maker's statement of a closed month, with lines. */
    public List<Statement> ofMonth(YearMonth month) {
        return rows("where s.month = ?1 order by s.maker", month.atDay(1)).stream().map(this::withLines).toList();
    }

    public Optional<Statement> one(String maker, YearMonth month) {
        return entities.createNativeQuery(SELECT + " where s.maker = ?1 and s.month = ?2")
                .setParameter(1, maker).setParameter(2, month.atDay(1)).getResultList().stream()
                .map(row -> withLines((Object[]) row)).findFirst();
    }

    /**
     * The running month's statement as it stands at {@code now} for one maker with a contract: the same month rule
     * and rate choice as {@link MonthClosing}, for this maker's devices only (those activated so far are all
     * activated before the month ends).
     */
    public MonthToDate monthToDate(String maker, Instant now, Duration outOfUseAfter) {
        YearMonth month = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        Object[] row = (Object[]) entities.createNativeQuery(MONTH_TO_DATE).setParameter(1, maker)
                .setParameter(2, month.atDay(1)).setParameter(3, MonthRule.begin(month).atOffset(ZoneOffset.UTC))
                .setParameter(4, MonthRule.end(month).atOffset(ZoneOffset.UTC))
                .setParameter(5, outOfUseAfter.toSeconds())
                .getSingleResult();
        long devices = ((Number) row[0]).longValue();
        long rate = row[1] == null ? 0 : ((Number) row[1]).longValue();
        String currency = row[2] == null ? "" : ((String) row[2]).trim();
        long corrections = ((Number) row[3]).longValue();
        long correctionsMinor = ((Number) row[4]).longValue();
        return new MonthToDate(maker, month.toString(), now, devices, rate, currency, devices * rate, corrections,
                correctionsMinor, devices * rate + correctionsMinor);
    }

    public boolean isClosed(YearMonth month) {
        return !entities.createNativeQuery("select 1 from month_close where month = ?1")
                .setParameter(1, month.atDay(1)).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String where, Object parameter) {
        return entities.createNativeQuery(SELECT + " " + where).setParameter(1, parameter).getResultList();
    }

    private Statement withoutLines(Object[] row) {
        return statement(row, List.of());
    }

    @SuppressWarnings("unchecked")
    private Statement withLines(Object[] row) {
        List<Object[]> lines = entities.createNativeQuery("select line_no, kind, description, devices, amount_minor"
                + " from statement_line where maker = ?1 and month = ?2 order by line_no")
                .setParameter(1, row[0]).setParameter(2, row[1]).getResultList();
        return statement(row, lines.stream().map(line -> new Statement.Line(((Number) line[0]).intValue(),
                (String) line[1], (String) line[2], ((Number) line[3]).longValue(), ((Number) line[4]).longValue()))
                .toList());
    }

    private static Statement statement(Object[] row, List<Statement.Line> lines) {
        LocalDate month = Columns.localDate(row[1]);
        return new Statement((String) row[0], YearMonth.from(month).toString(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((String) row[4]).trim(), ((Number) row[5]).longValue(),
                Columns.instant(row[6]), lines);
    }

    private static final String MONTH_TO_DATE = """
            select (select count(*) from device d
                    where d.maker = ?1 and d.activated_at < ?4
                      and exists (select 1 from usage_period p
                                  where p.imei = d.imei and p.started_at < ?4
                                    and p.last_seen_at + ?5 * interval '1 second' > ?3)),
                   c.rate_minor, c.currency,
                   (select coalesce(sum(a.devices), 0) from adjustment a
                    where a.maker = ?1 and a.settled_month is null),
                   (select coalesce(sum(a.devices * (select r.rate_minor from rate_contract r
                                                     where r.maker = a.maker and r.effective_from <= a.for_month
                                                     order by r.effective_from desc limit 1)), 0)
                    from adjustment a where a.maker = ?1 and a.settled_month is null)
            from (select 1) one
            left join (select rate_minor, currency from rate_contract
                       where maker = ?1 and effective_from <= ?2
                       order by effective_from desc limit 1) c on true
            """;

    private static final String SELECT = "select s.maker, s.month, s.devices_in_use, s.rate_minor, s.currency,"
            + " s.total_minor, s.closed_at from statement s";
}
