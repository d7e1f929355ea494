package com.phonesmith.factory.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A handset of the stock, known by its IMEI: received into stock, or found by the scan at a station. */
@Entity
@Table(name = "handset")
public class Handset extends PanacheEntityBase {
    @Id
    public String imei;

    @Column(nullable = false)
    public String serial;

    @Column(nullable = false)
    public String model;

    @Column(nullable = false)
    public String colour;

    @Column(name = "storage_gb", nullable = false)
    public int storageGb;

    /** Null while a received handset has not been found at a station yet. */
    @Column(name = "station_host")
    public String stationHost;

    @Column(name = "station_port")
    public Integer stationPort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HandsetStatus status;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Variant variant() {
        return new Variant(model, colour, storageGb);
    }
}
