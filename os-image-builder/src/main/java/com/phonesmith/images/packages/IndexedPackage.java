package com.phonesmith.images.packages;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the package index (table os_package). */
@Entity
@Table(name = "os_package")
public class IndexedPackage extends PanacheEntityBase {
    @Id
    @Column(name = "name")
    public String name;

    @Column(name = "version", nullable = false)
    public String version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public PackageKind kind;

    @Column(name = "catalog_code")
    public String catalogCode;

    PackageSpec toSpec() {
        return new PackageSpec(name, version, kind, catalogCode);
    }
}
