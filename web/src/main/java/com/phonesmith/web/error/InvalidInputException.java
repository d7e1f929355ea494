package com.phonesmith.web.error;

/** A value typed by a person (a form field or a path segment) that cannot be used. */
public class InvalidInputException extends RuntimeException {
    private final String field;
    private final String label;
    private final String reason;

    /**
     * @param field  the field's name in the request, e.g. {@code id}
     * @param label  the field's label on the page, e.g. "Order id"
     * @param reason what is wrong, e.g. "must not be empty"
     */
    public InvalidInputException(String field, String label, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.label = label;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String reason() {
        return reason;
    }
}
