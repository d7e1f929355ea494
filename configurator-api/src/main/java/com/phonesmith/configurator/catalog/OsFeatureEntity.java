package com.phonesmith.configurator.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A feature of the OS that a shopper can have built into the image of their phone. */
@Entity
@Table(name = "os_feature")
public class OsFeatureEntity extends CatalogOptionEntity {
}
