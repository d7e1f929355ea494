package com.phonesmith.activations.device;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A device the factory provisioned, and whether and when it activated and was last seen. */
@Entity
@Table(name = "device")
public class Device extends PanacheEntityBase {
    @Id
    public String imei;
    public String maker;
    public String model;
    @Column(name = "order_id")
    public String orderId;
    public String verifier;
    @Column(name = "provisioned_at")
    public Instant provisionedAt;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    public boolean activated() {
        return activatedAt != null;
    }
}
