package com.phonesmith.web.support;

import com.phonesmith.web.backend.IncidentPage;
import com.phonesmith.web.format.DisplayTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The "Open incidents" part of support's page: order-workflow's open incidents as rows, or, when it could not be
 * asked ({@code loaded} false), nothing and a note on the page.
 */
public record OpenIncidents(boolean loaded, List<Row> rows, long total) {

    /** One incident: its order, what the order waits for (in words), order-workflow's message, since when. */
    public record Row(String id, String orderId, String waitingFor, String message, DisplayTime since) {
    }

    public OpenIncidents {
        rows = List.copyOf(rows);
    }

    static OpenIncidents of(IncidentPage page, ZoneId zone) {
        return new OpenIncidents(true, page.items().stream().map(i -> new Row(i.id(), i.orderId(),
                words(i.waitingFor()), i.message(), DisplayTime.of(i.since(), zone))).toList(), page.total());
    }

    static OpenIncidents unavailable() {
        return new OpenIncidents(false, List.of(), 0);
    }

    /** More incidents are open than order-workflow lists (it lists the newest 100). */
    public boolean more() {
        return total > rows.size();
    }

    /** An event name as words: "HandsetReserved" is "Handset reserved". */
    static String words(String event) {
        if (event == null || event.isBlank()) {
            return "";
        }
        String spaced = event.strip().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
