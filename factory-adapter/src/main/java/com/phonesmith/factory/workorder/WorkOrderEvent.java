package com.phonesmith.factory.workorder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a work order's history. */
@Entity
@Table(name = "work_order_event")
public class WorkOrderEvent extends PanacheEntityBase {
    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public String detail;

    static void record(String orderId, Instant at, String step, String detail) {
        WorkOrderEvent event = new WorkOrderEvent();
        event.orderId = orderId;
        event.occurredAt = at;
        event.step = step;
        event.detail = truncate(detail, MAX_DETAIL);
        event.persist();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
