package com.phonesmith.images.build;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

/** The build of one bundle, shared by every order of its configuration (table bundle_build). */
@Entity
@Table(name = "bundle_build")
public class BundleBuild extends PanacheEntityBase {
    @Id
    @Column(name = "bundle_key")
    public String bundleKey;

    @Column(name = "release", nullable = false)
    public String release;

    @Column(name = "model", nullable = false)
    public String model;

    /** Comma-separated, sorted. */
    @Column(name = "features", nullable = false)
    public String features;

    @Column(name = "apps", nullable = false)
    public String apps;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public BuildStatus status;

    @Column(name = "progress", nullable = false)
    public int progress;

    @Column(name = "stage")
    public String stage;

    @Column(name = "digest")
    public String digest;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(name = "fingerprint")
    public String fingerprint;

    /** The built bundle's summary (partitions as signed, packages) as JSON. */
    @Column(name = "summary", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String summary;

    @Column(name = "error")
    public String error;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "built_at")
    public Instant builtAt;

    public List<String> featureList() {
        return split(features);
    }

    public List<String> appList() {
        return split(apps);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
