package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A handset model of one maker; what it is sold as is in its variants. */
@Entity
@Table(name = "handset_model")
public class HandsetModelEntity extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "maker_code", nullable = false)
    public String makerCode;

    @Column(nullable = false)
    public String name;
}
