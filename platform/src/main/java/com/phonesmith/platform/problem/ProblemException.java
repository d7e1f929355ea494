package com.phonesmith.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Thrown by business rules to answer the client with a problem document naming the wrong fields. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    private ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
            Duration retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** 429: the client asked too often; it may try again after {@code retryAfter} (sent as Retry-After). */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "Too many requests", detail, List.of(), retryAfter);
    }

    /** 503: a service this one depends on did not answer; the client may try again after {@code retryAfter}. */
    public static ProblemException unavailable(String field, String reason, Duration retryAfter) {
        return new ProblemException(503, "Service unavailable", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)), retryAfter);
    }

    /** 403: the caller is known but may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
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

    /** How long a client should wait before trying again, for a 429. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
