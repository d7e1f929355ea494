package com.phonesmith.images.releases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An imported OS release: its package index as JSON (table os_release). */
@Entity
@Table(name = "os_release")
public class OsRelease extends PanacheEntityBase {
    @Id
    @Column(name = "version")
    public String version;

    @Column(name = "digest", nullable = false)
    public String digest;

    @Column(name = "index_json", nullable = false)
    public String indexJson;

    @Column(name = "packages", nullable = false)
    public int packages;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
