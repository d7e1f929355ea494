package com.phonesmith.workflow.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What order-workflow knows of an order: the configuration from OrderPlaced and what later events told. */
@Entity
@Table(name = "workflow_order")
public class WorkflowOrder extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(nullable = false)
    public String maker;

    @Column(nullable = false)
    public String model;

    @Column(nullable = false)
    public String colour;

    @Column(name = "storage_gb", nullable = false)
    public int storageGb;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> features;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> apps;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    /** The account that placed the order; null for a guest. */
    @Column(name = "customer_id")
    public String customerId;

    /** SHA-256 (hex) of the order's tracking token. */
    @Column(name = "tracking_token_hash", columnDefinition = "char(64)")
    public String trackingTokenHash;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "image_digest")
    public String imageDigest;

    @Column(name = "image_fingerprint")
    public String imageFingerprint;

    public String imei;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    /** How many times the order's handsets failed QA (rework decides on it). */
    @Column(name = "qa_failures", nullable = false)
    public int qaFailures;

    /** When a station first began writing the order's image; from then on only support may cancel. */
    @Column(name = "flashing_started_at")
    public Instant flashingStartedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** "shopper", "tracking token" or the support account that cancelled the order. */
    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The promise from OrderPlaced; null for orders placed before it travelled (a seven-day promise is assumed). */
    @Column(name = "promised_ship_date")
    public LocalDate promisedShipDate;

    @Column(name = "promised_delivery_date")
    public LocalDate promisedDeliveryDate;

    /** When the order was escalated because the work left no longer fits before its ship-by moment. */
    @Column(name = "at_risk_at")
    public Instant atRiskAt;

    /** When the promised delivery day passed without delivery. */
    @Column(name = "breached_at")
    public Instant breachedAt;

    @Column(name = "expedited_at")
    public Instant expeditedAt;

    @Column(name = "expedited_by")
    public String expeditedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
