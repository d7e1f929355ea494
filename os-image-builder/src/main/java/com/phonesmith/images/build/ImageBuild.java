package com.phonesmith.images.build;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/** The image build of an order (table image_build): which bundle it waits for or got, or why it failed. */
@Entity
@Table(name = "image_build")
public class ImageBuild extends PanacheEntityBase {
    @Id
    @Column(name = "id")
    public Long id;

    @Column(name = "order_id", nullable = false, unique = true)
    public String orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public BuildStatus status;

    @Column(name = "digest")
    public String digest;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(name = "fingerprint")
    public String fingerprint;

    @Column(name = "bundle_key")
    public String bundleKey;

    /** The bundle's summary (partitions as signed, packages) as JSON. */
    @Column(name = "manifest", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String manifest;

    @Column(name = "error")
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "built_at")
    public Instant builtAt;

    static Optional<ImageBuild> forOrder(String orderId) {
        return find("orderId", orderId).firstResultOptional();
    }

    static java.util.List<ImageBuild> waitingFor(String bundleKey) {
        return list("bundleKey = ?1 and status = ?2", bundleKey, BuildStatus.QUEUED);
    }

    static ImageBuild start(long buildNumber, String orderId, Instant now) {
        ImageBuild build = new ImageBuild();
        build.id = buildNumber;
        build.orderId = orderId;
        build.createdAt = now;
        return build;
    }

    void waitFor(String bundleKey) {
        this.status = BuildStatus.QUEUED;
        this.bundleKey = bundleKey;
        this.digest = null;
        this.sizeBytes = null;
        this.fingerprint = null;
        this.manifest = null;
        this.error = null;
        this.builtAt = null;
    }

    void built(String digest, long sizeBytes, String fingerprint, String manifestJson, Instant now) {
        this.status = BuildStatus.BUILT;
        this.digest = digest;
        this.sizeBytes = sizeBytes;
        this.fingerprint = fingerprint;
        this.manifest = manifestJson;
        this.error = null;
        this.builtAt = now;
    }

    void failed(String reason) {
        this.status = BuildStatus.FAILED;
        this.digest = null;
        this.sizeBytes = null;
        this.fingerprint = null;
        this.manifest = null;
        this.error = reason;
        this.builtAt = null;
    }
}
