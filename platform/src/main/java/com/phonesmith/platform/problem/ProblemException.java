package com.phonesmith.platform.problem;

import java.util.List;

/** Thrown by business rules to answer the client with a problem document naming the wrong fields. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String reason) {
        return new ProblemException(422, "Invalid request", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.reason())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new ProblemException(422, "Invalid request", detail, errors);
    }

    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(400, "Bad request", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what, List.of());
    }

    public static ProblemException conflict(String field, String reason) {
        return new ProblemException(409, "Conflict", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
