package com.phonesmith.web.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** A submitted form that cannot be used: the reason for each wrong field, shown beside it when the form is shown again. */
public class FormProblem extends RuntimeException {
    private final Map<String, String> errors;

    public FormProblem(Map<String, String> errors) {
        super(String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        this.errors = Map.copyOf(errors);
    }

    public static FormProblem of(String field, String reason) {
        return new FormProblem(Map.of(field, reason));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Collects the reasons of several fields, in the order found. */
    public static final class Builder {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Builder add(String field, String reason) {
            errors.putIfAbsent(field, reason);
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FormProblem(errors);
            }
        }
    }
}
