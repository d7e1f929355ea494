package com.phonesmith.web.support;

import com.phonesmith.web.backend.Escalation;
import com.phonesmith.web.backend.EscalationPage;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.order.OrderStatus;
import com.phonesmith.web.promise.PromiseView;
import java.time.ZoneId;
import java.util.List;

/**
 * One of the "At risk" and "Promise breached" parts of support's page: the orders order-workflow escalated, as rows
 * (each with Expedite, see {@link ExpediteResource}, until it is expedited, and "Cancel with refund"), or, when it
 * could not be asked ({@code loaded} false), nothing and a note on the page.
 */
public record EscalatedOrders(boolean loaded, List<Row> rows, long total) {

    /**
     * One escalated order: its status, the delivery day promised (the text as received when it is not a date), the
     * moment it must ship by, since when it is escalated (at risk, or past its promise), and who expedited it, when.
     */
    public record Row(String orderId, OrderStatus status, String promisedIso, String promisedText, DisplayTime shipBy,
            DisplayTime since, boolean expedited, String expeditedBy, DisplayTime expeditedAt) {
    }

    public EscalatedOrders {
        rows = List.copyOf(rows);
    }

    /** The list of one kind: since when an order is escalated is when it became at risk, or broke its promise. */
    static EscalatedOrders of(EscalationPage page, Escalation.Kind kind, ZoneId zone) {
        return new EscalatedOrders(true, page.items().stream().map(e -> row(e, kind, zone)).toList(), page.total());
    }

    static EscalatedOrders unavailable() {
        return new EscalatedOrders(false, List.of(), 0);
    }

    /** More orders are escalated than order-workflow lists (web asks for the newest 100). */
    public boolean more() {
        return total > rows.size();
    }

    private static Row row(Escalation escalation, Escalation.Kind kind, ZoneId zone) {
        String promised = escalation.promisedDeliveryDate() == null ? "" : escalation.promisedDeliveryDate().strip();
        PromiseView.Day day = PromiseView.Day.of(promised).orElse(new PromiseView.Day("", promised));
        String since = kind == Escalation.Kind.BREACHED ? escalation.breachedAt() : escalation.atRiskAt();
        return new Row(escalation.orderId(), OrderStatus.of(escalation.status()), day.iso(), day.text(),
                DisplayTime.of(escalation.shipBy(), zone), DisplayTime.of(since, zone), escalation.expedited(),
                escalation.expeditedBy() == null ? "" : escalation.expeditedBy(),
                DisplayTime.of(escalation.expeditedAt(), zone));
    }
}
