package com.phonesmith.factory.shipping;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One order's parcel: its label, its booking with the carrier, handed over, delivered. */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(nullable = false)
    public String imei;

    @Column(nullable = false)
    public String carrier;

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    @Column(name = "packed_at", nullable = false)
    public Instant packedAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** What is in the parcel, as the label says it: the phone's variant. */
    @Column(nullable = false)
    public String contents;

    @Column(name = "label_prints", nullable = false)
    public int labelPrints;
}
