package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One colour and storage size of a model, with its RAM and its price. */
@Entity
@Table(name = "handset_variant")
public class HandsetVariantEntity extends PanacheEntityBase {
    @EmbeddedId
    public Key id;

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @Column(nullable = false, columnDefinition = "char(3)")
    public String currency;

    @Column(name = "ram_gb", nullable = false)
    public int ramGb;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "model_code", nullable = false)
        public String modelCode;

        @Column(nullable = false)
        public String colour;

        @Column(name = "storage_gb", nullable = false)
        public int storageGb;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && storageGb == key.storageGb
                    && Objects.equals(modelCode, key.modelCode) && Objects.equals(colour, key.colour);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelCode, colour, storageGb);
        }
    }
}
