package com.phonesmith.activations.contract;

import com.phonesmith.activations.Columns;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What each maker is paid per device in use per month, and from when: a rate takes effect from the first day
 * of a month, for every month from then on until the next change. A closed month's rate never changes.
 */
@ApplicationScoped
public class RateContracts {
    private final EntityManager entities;

    public RateContracts(EntityManager entities) {
        this.entities = entities;
    }

    public record Rate(String maker, String effectiveFrom, long rateMinor, String currency) {
    }

    public record Request(Long rateMinor, String currency) {
    }

    @SuppressWarnings("unchecked")
    public List<Rate> of(String maker) {
        List<Object[]> rows = entities.createNativeQuery("select maker, effective_from, rate_minor, currency from"
                + " rate_contract where maker = ?1 order by effective_from").setParameter(1, maker).getResultList();
        return rows.stream().map(row -> new Rate((String) row[0], Columns.localDate(row[1]).toString(),
                ((Number) row[2]).longValue(), ((String) row[3]).trim())).toList();
    }

    /** Sets the rate from a month on (the same request twice changes nothing). */
    @Transactional
    public Rate set(String maker, String effectiveFrom, Request request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (maker == null || !maker.matches("[a-z][a-z0-9-]{1,63}")) {
            errors.add(new Problem.FieldError("maker", "must be a maker code: lower-case letters, digits and -"));
        }
        LocalDate from = firstOfMonth(effectiveFrom, errors);
        if (request == null) {
            throw ProblemException.badRequest("body", "is required: rateMinor and currency");
        }
        if (request.rateMinor() == null || request.rateMinor() < 0) {
            errors.add(new Problem.FieldError("rateMinor", "must be 0 or more, in the currency's minor units"));
        }
        if (request.currency() == null || !isCurrency(request.currency())) {
            errors.add(new Problem.FieldError("currency", "must be an ISO 4217 code such as CNY"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean closed = !entities.createNativeQuery("select 1 from month_close where month >= ?1 limit 1")
                .setParameter(1, from).getResultList().isEmpty();
        if (closed) {
            throw ProblemException.conflict("effectiveFrom", "a month from " + YearMonth.from(from)
                    + " on is closed: a rate can change only from the first month not closed yet");
        }
        entities.createNativeQuery("insert into rate_contract (maker, effective_from, rate_minor, currency)"
                + " values (?1, ?2, ?3, ?4) on conflict (maker, effective_from) do update set rate_minor = excluded.rate_minor,"
                + " currency = excluded.currency").setParameter(1, maker).setParameter(2, from)
                .setParameter(3, request.rateMinor()).setParameter(4, request.currency()).executeUpdate();
        return new Rate(maker, from.toString(), request.rateMinor(), request.currency());
    }

    private static LocalDate firstOfMonth(String value, List<Problem.FieldError> errors) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value);
            if (date.getDayOfMonth() != 1) {
                errors.add(new Problem.FieldError("effectiveFrom", "must be the first day of a month: a rate holds"
                        + " for whole months"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("effectiveFrom", "must be a date such as 2027-01-01"));
            return LocalDate.MIN;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
