package com.phonesmith.configurator.order;

import com.phonesmith.platform.problem.ProblemException;
import java.util.regex.Pattern;

/** The client's key for one order attempt: retrying with the same key never places a second order. */
public record IdempotencyKey(String value) {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public IdempotencyKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an idempotency key: " + value);
        }
    }

    /** The key of a request header; a missing or malformed one is a 400 problem naming the header. */
    public static IdempotencyKey fromHeader(String header) {
        if (header == null || header.isEmpty()) {
            throw ProblemException.badRequest(HEADER, "is required");
        }
        if (!FORMAT.matcher(header).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 100 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'");
        }
        return new IdempotencyKey(header);
    }
}
