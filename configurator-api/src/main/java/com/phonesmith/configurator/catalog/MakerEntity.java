package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A handset maker (one of our partners). */
@Entity
@Table(name = "maker")
public class MakerEntity extends PanacheEntityBase {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;
}
