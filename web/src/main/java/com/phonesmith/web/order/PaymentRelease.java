package com.phonesmith.web.order;

import com.phonesmith.web.backend.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a cancelled order's shopper is told about their money, from the timeline: nothing yet, until the
 * {@code PaymentReleased} entry arrives; then whether the hold was voided (nothing was charged) or the payment
 * refunded. order-workflow says which in the entry's detail ("hold voided: nothing was charged", "refunded 499.00
 * EUR"); a detail that names neither counts as a refund once the payment was captured, else as a void.
 */
public final class PaymentRelease {
    static final String RELEASED = "PaymentReleased";
    static final String CAPTURED = "PaymentCaptured";
    private static final String REFUNDED = "refunded ";

    private PaymentRelease() {
    }

    /** The sentence for the page, or empty while the payment has not been released. */
    public static Optional<String> of(List<Timeline.Entry> entries) {
        boolean captured = false;
        for (Timeline.Entry entry : entries) {
            if (CAPTURED.equals(entry.type())) {
                captured = true;
            } else if (RELEASED.equals(entry.type())) {
                return Optional.of(sentence(entry.detail(), captured));
            }
        }
        return Optional.empty();
    }

    static String sentence(String detail, boolean captured) {
        String text = detail == null ? "" : detail.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean refund = lower.contains("refund") || captured && !lower.contains("void");
        if (!refund) {
            return "Nothing was charged: the hold on your payment was released.";
        }
        if (lower.startsWith(REFUNDED) && text.length() > REFUNDED.length()) {
            return "Your payment was refunded: " + text.substring(REFUNDED.length()).strip() + ".";
        }
        return "Your payment was refunded.";
    }
}
