package com.phonesmith.factory.workorder;

import com.phonesmith.factory.stock.Variant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The factory's record of one customer order: which handset, which image, which step, when the next one is due. */
@Entity
@Table(name = "work_order")
// only changed columns are written: the schedule moves slot_day with plain SQL while an order is loaded elsewhere
@DynamicUpdate
public class WorkOrder extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;

    /** The variant: model, colour and storage; none on a tombstone (cancelled before it was scheduled). */
    public String model;

    public String colour;

    @Column(name = "storage_gb")
    public Integer storageGb;

    /** The handset's maker, which the device is provisioned under; null for orders scheduled before it was sent. */
    public String maker;

    /**
     * The codes of the OS features the order has, which QA expects the booted handset to report; null when not known
     * (scheduled before ScheduleBuild carried them), and QA then does not check them.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> features;

    /** The codes of the apps the order has, as {@link #features}; null when not known. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> apps;

    public String imei;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkOrderStatus status;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "image_digest")
    public String imageDigest;

    @Column(name = "image_fingerprint")
    public String imageFingerprint;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_step_at")
    public Instant nextStepAt;

    @Column(name = "last_error")
    public String lastError;

    public String carrier;

    /** The day it is built on; null while no day in the horizon has room. */
    @Column(name = "slot_day")
    public LocalDate slotDay;

    /** The last day it may ship and still be delivered within the promise. */
    @Column(name = "ship_by")
    public LocalDate shipBy;

    /** Support moved it ahead of orders with earlier dates. */
    @Column(nullable = false)
    public boolean expedited;

    @Column(name = "tracking_number")
    public String trackingNumber;

    /** The automated QA checks of the last flash, as JSON ({@link QaChecksJson}); null before the first. */
    @Column(name = "qa_checks")
    public String qaChecks;

    /** When and by whom an operator kitted its handset at a manual kitting station; null: not kitted by hand. */
    @Column(name = "kitted_at")
    public Instant kittedAt;

    @Column(name = "kitted_by")
    public String kittedBy;

    /** When and by whom an operator started its flash at a manual flashing station; null: not started by hand. */
    @Column(name = "flash_started_at")
    public Instant flashStartedAt;

    @Column(name = "flash_started_by")
    public String flashStartedBy;

    /** Changes with every update: a flash worker's result only counts if the order did not change meanwhile. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Variant variant() {
        return new Variant(model, colour, storageGb);
    }

    boolean hasImage() {
        return imageUrl != null;
    }
}
