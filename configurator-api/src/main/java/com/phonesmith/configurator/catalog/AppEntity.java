package com.phonesmith.configurator.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An app that a shopper can have pre-installed on their phone. */
@Entity
@Table(name = "app")
public class AppEntity extends CatalogOptionEntity {
}
