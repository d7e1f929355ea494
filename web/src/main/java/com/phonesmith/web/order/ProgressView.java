package com.phonesmith.web.order;

import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkOrder;
import com.phonesmith.web.format.DisplayTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The live part of the order page: current status and timeline. While the order is not finished, the page listens
 * to {@link #streamUrl()} (server-sent events) for a fresh copy after every change; a cancelled order stays live
 * until its payment is released, so that the page shows the shopper what happened to their money ({@code payment},
 * empty until then). {@code mayCancel} is order-workflow's word on whether the viewer may cancel the order now.
 * For support, {@code staff} holds the order's incidents and the factory's work order, whose history is part of the
 * timeline (each entry says where it comes from). {@code formToken} is the CSRF token of the viewer's forms in it:
 * the part is also rendered outside the page's request, for the live stream.
 */
public record ProgressView(String orderId, String streamUrl, OrderStatus status, List<Entry> entries,
        boolean mayCancel, String payment, StaffTrace staff, String formToken) {

    static final String CANCELLED = "CANCELLED";
    static final String FROM_WORKFLOW = "Order";
    static final String FROM_FACTORY = "Factory";

    /** One line of the timeline; {@code source} says which service recorded it (shown to support only). */
    public record Entry(DisplayTime at, String type, String detail, String source) {
        public Entry(DisplayTime at, String type, String detail) {
            this(at, type, detail, FROM_WORKFLOW);
        }
    }

    /** Builds the progress from the workflow's timeline, if it has one, and the order's own status. */
    public static ProgressView of(String orderId, Optional<Timeline> timeline, String orderStatus, ZoneId zone) {
        return of(orderId, timeline, orderStatus, zone, null);
    }

    /** As above, for a guest who follows the order with its tracking token: the stream's address carries it too. */
    public static ProgressView of(String orderId, Optional<Timeline> timeline, String orderStatus, ZoneId zone,
            String trackingToken) {
        OrderStatus status = OrderStatus.current(timeline.map(Timeline::status).orElse(null), orderStatus);
        List<Timeline.Entry> received = timeline.map(Timeline::entries).orElse(List.of());
        List<Entry> entries = received.stream()
                .map(e -> new Entry(DisplayTime.of(e.at(), zone), nullToEmpty(e.type()), nullToEmpty(e.detail())))
                .toList();
        return new ProgressView(orderId, OrderLinks.withToken("/orders/" + orderId + "/live", trackingToken),
                status, entries, timeline.map(Timeline::mayCancel).orElse(false),
                PaymentRelease.of(received).orElse(""), StaffTrace.none(), "");
    }

    /**
     * The same progress as support sees it: with the order's incidents and work order, the factory's history merged
     * into the timeline by time (the workflow's entry first when both have the same time).
     */
    public ProgressView forStaff(StaffTrace trace, Optional<WorkOrder> workOrder, ZoneId zone) {
        List<Entry> merged = new ArrayList<>(entries);
        workOrder.map(WorkOrder::history).orElse(List.of()).forEach(h -> merged.add(new Entry(
                DisplayTime.of(h.at(), zone), StaffTrace.words(h.step()), nullToEmpty(h.detail()), FROM_FACTORY)));
        merged.sort(Comparator.comparing((Entry e) -> instantOf(e.at())));
        return new ProgressView(orderId, streamUrl, status, merged, mayCancel, payment, trace, formToken);
    }

    /** The same progress with the CSRF token its forms (support's Retry) carry. */
    public ProgressView withFormToken(String token) {
        return new ProgressView(orderId, streamUrl, status, entries, mayCancel, payment, staff, token);
    }

    public boolean cancelled() {
        return CANCELLED.equals(status.code());
    }

    /** Whether the page should keep listening for changes: until the order is finished and, if cancelled, paid back. */
    public boolean live() {
        return !status.finished() || cancelled() && payment.isEmpty();
    }

    /** Entries without a readable time keep their place at the end. */
    private static Instant instantOf(DisplayTime at) {
        try {
            return Instant.parse(at.iso());
        } catch (DateTimeParseException e) {
            return Instant.MAX;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
