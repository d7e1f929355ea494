package com.phonesmith.web.order;

import com.phonesmith.web.error.InvalidInputException;
import java.util.regex.Pattern;

/** What an order id typed by a person may look like before web asks a backend about it. */
public final class OrderIds {
    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");

    private OrderIds() {
    }

    /** The trimmed id, or {@link InvalidInputException} naming the field {@code id}. */
    public static String validate(String raw) {
        String id = raw == null ? "" : raw.trim();
        if (id.isEmpty()) {
            throw invalid("must not be empty");
        }
        if (id.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters long");
        }
        if (!ALLOWED.matcher(id).matches()) {
            throw invalid("may contain only letters, digits, '-' and '_'");
        }
        return id;
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException("id", "Order id", reason);
    }
}
