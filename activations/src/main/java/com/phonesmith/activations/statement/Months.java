package com.phonesmith.activations.statement;

import com.phonesmith.platform.problem.ProblemException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as the API names it: {@code 2026-11}. */
public final class Months {
    private Months() {
    }

    public static YearMonth parse(String field, String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            throw ProblemException.badRequest(field, "must be a month such as 2026-11");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a month such as 2026-11");
        }
    }
}
