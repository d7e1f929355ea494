package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every option a shopper can add to a phone has: a code, a name, a description, a price, the storage it
 * takes, the RAM it needs, and whether a configuration has it unless the shopper decides otherwise.
 */
@MappedSuperclass
public abstract class CatalogOptionEntity extends PanacheEntityBase {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @Column(nullable = false, columnDefinition = "char(3)")
    public String currency;

    @Column(name = "install_mb", nullable = false)
    public int installMb;

    @Column(name = "min_ram_gb", nullable = false)
    public int minRamGb;

    @Column(name = "by_default", nullable = false)
    public boolean byDefault;
}
