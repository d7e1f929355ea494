package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A cross-tree rule of the feature model: one option requires, or excludes, another. */
@Entity
@Table(name = "option_rule")
public class OptionRuleEntity extends PanacheEntityBase {
    @EmbeddedId
    public Key id;

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String kind;

        @Column(name = "option_code", nullable = false)
        public String optionCode;

        @Column(name = "other_code", nullable = false)
        public String otherCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind)
                    && Objects.equals(optionCode, key.optionCode) && Objects.equals(otherCode, key.otherCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, optionCode, otherCode);
        }
    }
}
