package com.phonesmith.web.order;

import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.format.DisplayTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The live part of the order page: current status and timeline. While the order is not finished, the page
 * asks {@link #refreshUrl()} for a fresh copy every two seconds; a cancelled order stays live until its payment
 * is released, so that the page shows the shopper what happened to their money ({@code payment}, empty until then).
 * {@code mayCancel} is order-workflow's word on whether the viewer may cancel the order now.
 */
public record ProgressView(String orderId, String refreshUrl, OrderStatus status, List<Entry> entries,
        boolean mayCancel, String payment) {

    static final String CANCELLED = "CANCELLED";

    public record Entry(DisplayTime at, String type, String detail) {
    }

    /** Builds the progress from the workflow's timeline, if it has one, and the order's own status. */
    public static ProgressView of(String orderId, Optional<Timeline> timeline, String orderStatus, ZoneId zone) {
        return of(orderId, timeline, orderStatus, zone, null);
    }

    /** As above, for a guest who follows the order with its tracking token: the refresh carries the token too. */
    public static ProgressView of(String orderId, Optional<Timeline> timeline, String orderStatus, ZoneId zone,
            String trackingToken) {
        OrderStatus status = OrderStatus.current(timeline.map(Timeline::status).orElse(null), orderStatus);
        List<Timeline.Entry> received = timeline.map(Timeline::entries).orElse(List.of());
        List<Entry> entries = received.stream()
                .map(e -> new Entry(DisplayTime.of(e.at(), zone), nullToEmpty(e.type()), nullToEmpty(e.detail())))
                .toList();
        return new ProgressView(orderId, OrderLinks.withToken("/orders/" + orderId + "/timeline", trackingToken),
                status, entries, timeline.map(Timeline::mayCancel).orElse(false),
                PaymentRelease.of(received).orElse(""));
    }

    public boolean cancelled() {
        return CANCELLED.equals(status.code());
    }

    /** Whether the page should keep refreshing this part: until the order is finished and, if cancelled, paid back. */
    public boolean live() {
        return !status.finished() || cancelled() && payment.isEmpty();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
