package com.phonesmith.web.error;

/** The activations service has no closed statement of this month that the viewer may read. */
public class StatementNotFoundException extends RuntimeException {
    private final String month;

    public StatementNotFoundException(String month) {
        super("statement of " + month + " not found");
        this.month = month;
    }

    public String month() {
        return month;
    }
}
