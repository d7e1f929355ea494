package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An app that a shopper can have pre-installed on their phone. */
@Entity
@Table(name = "app")
public class AppEntity extends PanacheEntityBase {
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
}
