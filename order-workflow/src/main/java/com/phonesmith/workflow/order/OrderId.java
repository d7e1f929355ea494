package com.phonesmith.workflow.order;

import java.util.regex.Pattern;

/**
 * The syntax of an order id as order-workflow accepts it: 1 to 64 letters, digits, '.', '_' or '-',
 * starting with a letter or digit (a UUID, "order-&lt;uuid&gt;", "PS-2026-000123" all fit).
 */
public final class OrderId {
    public static final int MAX_LENGTH = 64;
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private OrderId() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && SYNTAX.matcher(id).matches();
    }

    /** Why an id is not well-formed, for a problem document; null when it is. */
    public static String problemWith(String id) {
        if (id == null || id.isEmpty()) {
            return "must not be empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!isWellFormed(id)) {
            return "must be letters, digits, '.', '_' or '-', starting with a letter or digit";
        }
        return null;
    }
}
