package com.phonesmith.web.backend;

import java.util.List;
import java.util.Optional;

/**
 * What factory-adapter answered an operator's work at a bench: the result, or its refusal in its own words (every
 * reason it gave, e.g. each item that blocks a QA pass) with the HTTP status.
 */
public record BenchAnswer<T>(Optional<T> value, int status, List<String> reasons) {
    public BenchAnswer {
        reasons = List.copyOf(reasons);
    }

    static <T> BenchAnswer<T> done(T value) {
        return new BenchAnswer<>(Optional.of(value), 200, List.of());
    }

    static <T> BenchAnswer<T> refused(int status, List<String> reasons) {
        return new BenchAnswer<>(Optional.empty(), status, reasons);
    }

    /** The refusal as one sentence for beside the field. */
    public String refusal() {
        return String.join("; ", reasons);
    }
}
