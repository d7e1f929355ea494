package com.phonesmith.web.order;

import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.format.DisplayTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The live part of the order page: current status and timeline. While the order is not finished, the page
 * asks {@link #refreshUrl()} for a fresh copy every two seconds.
 */
public record ProgressView(String orderId, String refreshUrl, OrderStatus status, List<Entry> entries) {

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
        List<Entry> entries = timeline.map(Timeline::entries).orElse(List.of()).stream()
                .map(e -> new Entry(DisplayTime.of(e.at(), zone), nullToEmpty(e.type()), nullToEmpty(e.detail())))
                .toList();
        return new ProgressView(orderId, OrderLinks.withToken("/orders/" + orderId + "/timeline", trackingToken),
                status, entries);
    }

    /** Whether the page should keep refreshing this part. */
    public boolean live() {
        return !status.finished();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
