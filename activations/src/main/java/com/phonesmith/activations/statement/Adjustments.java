package com.phonesmith.activations.statement;

import com.phonesmith.activations.Columns;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A late correction of a closed month (devices it missed, or counted wrongly): it never edits that month's
 * statement but becomes a line of the maker's next one. Recorded once per Idempotency-Key.
 */
@ApplicationScoped
public class Adjustments {
    private final EntityManager entities;
    private final StatementQueries statements;
    private final Clock clock;

    public Adjustments(EntityManager entities, StatementQueries statements, Clock clock) {
        this.entities = entities;
        this.statements = statements;
        this.clock = clock;
    }

    public record Request(String month, Long devices, String reason) {
    }

    public record Recorded(UUID id, String maker, String month, long devices, String reason, boolean settled) {
    }

    @Transactional
    public Recorded record(String idempotencyKey, String maker, Request request, String recordedBy) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key", "is required (at most 200 characters)");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw ProblemException.badRequest("body", "is required: month, devices and reason");
        }
        if (request.devices() == null || request.devices() == 0) {
            errors.add(new Problem.FieldError("devices", "must be a number of devices other than 0 (negative removes)"));
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 400) {
            errors.add(new Problem.FieldError("reason", "is required (at most 400 characters)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        YearMonth month = Months.parse("month", request.month());
        if (!statements.knowsMaker(maker)) {
            throw ProblemException.notFound("no maker " + maker + " with a contract");
        }
        if (!statements.isClosed(month)) {
            throw ProblemException.conflict("month", month + " is not closed: its statement will count the devices"
                    + " as they are when it closes");
        }
        UUID id = UUID.randomUUID();
        int inserted = entities.createNativeQuery("insert into adjustment (id, idempotency_key, maker, for_month,"
                + " devices, reason, recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " on conflict (idempotency_key) do nothing")
                .setParameter(1, id).setParameter(2, idempotencyKey).setParameter(3, maker)
                .setParameter(4, month.atDay(1)).setParameter(5, request.devices()).setParameter(6, request.reason().trim())
                .setParameter(7, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(8, recordedBy).executeUpdate();
        Object[] row = (Object[]) entities.createNativeQuery("select id, maker, for_month, devices, reason,"
                + " settled_month is not null from adjustment where idempotency_key = ?1")
                .setParameter(1, idempotencyKey).getSingleResult();
        Recorded recorded = new Recorded((UUID) row[0], (String) row[1],
                YearMonth.from(Columns.localDate(row[2])).toString(), ((Number) row[3]).longValue(),
                (String) row[4], (Boolean) row[5]);
        if (inserted == 0 && !(recorded.maker().equals(maker) && recorded.month().equals(month.toString())
                && recorded.devices() == request.devices() && recorded.reason().equals(request.reason().trim()))) {
            throw new ProblemException(422, "Invalid request", "Idempotency-Key: was used for another adjustment",
                    List.of(new Problem.FieldError("Idempotency-Key", "was used for another adjustment")));
        }
        return recorded;
    }
}
