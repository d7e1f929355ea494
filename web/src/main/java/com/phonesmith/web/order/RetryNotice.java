package com.phonesmith.web.order;

import java.util.regex.Pattern;

/**
 * What support's order page says after the Retry of one of its incidents (the {@code retried} parameter of the
 * redirect): the command order-workflow sent again, {@value #NOTHING_SENT} or {@value #GONE}. Anything else in the
 * parameter is not shown: the page never repeats text from its address.
 */
public final class RetryNotice {
    public static final String NOTHING_SENT = "nothing";
    public static final String GONE = "gone";
    private static final Pattern COMMAND = Pattern.compile("[A-Z][A-Za-z]{1,63}");

    private RetryNotice() {
    }

    /** The sentence for the parameter; empty when there is none to show. */
    public static String of(String retried) {
        if (retried == null) {
            return "";
        }
        if (GONE.equals(retried)) {
            return "That incident is no longer open, so nothing was retried.";
        }
        if (NOTHING_SENT.equals(retried)) {
            return "Retried: the order's step runs again; nothing had to be sent again.";
        }
        if (COMMAND.matcher(retried).matches()) {
            return "Retried: " + retried + " sent again. The timeline below shows the order moving on.";
        }
        return "";
    }
}
