package com.phonesmith.workflow.cancel;

import com.phonesmith.workflow.order.OrderStatus;
import java.util.Optional;

/**
 * Who may cancel an order when: the shopper until a station begins flashing their handset (until then nothing was
 * made for them alone), support at any time before delivery (a delivered phone comes back as a return).
 */
public final class CancelRules {
    public static final int MAX_REASON = 500;

    /** Who is cancelling: the shopper (signed in, or with the order's tracking token) or support. */
    public enum Canceller { SHOPPER, SUPPORT }

    private CancelRules() {
    }

    /** Why this canceller may not cancel the order now, or empty when they may. */
    public static Optional<String> refusal(Canceller who, OrderStatus status, boolean flashingStarted) {
        if (status == OrderStatus.DELIVERED) {
            return Optional.of("the order was delivered: send the phone back as a return instead");
        }
        if (status == OrderStatus.CANCELLED) {
            return Optional.of("the order is cancelled already");
        }
        if (who == Canceller.SHOPPER && (flashingStarted || status == OrderStatus.SHIPPED)) {
            return Optional.of("flashing of the phone has started: only support can cancel it now");
        }
        return Optional.empty();
    }

    /**
     * The reason as stored: trimmed, null when empty. Support must give one (it is shown to the shopper and kept for
     * the audit); a shopper may.
     *
     * @return the problem with it, or null when it is fine
     */
    public static String problemWithReason(Canceller who, String reason) {
        String trimmed = normalised(reason);
        if (trimmed == null) {
            return who == Canceller.SUPPORT ? "support must say why the order is cancelled" : null;
        }
        return trimmed.length() > MAX_REASON ? "must be at most " + MAX_REASON + " characters, not "
                + trimmed.length() : null;
    }

    public static String normalised(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
