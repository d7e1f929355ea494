package com.phonesmith.configurator.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A price given for one configuration (as the rules completed it), held until it expires. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "model_code", nullable = false)
    public String model;

    @Column(nullable = false)
    public String colour;

    @Column(name = "storage_gb", nullable = false)
    public int storageGb;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> features;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> apps;

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "quoted_at", nullable = false)
    public Instant quotedAt;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    /** The delivery day the quote showed; null when none could be promised. */
    @Column(name = "promised_delivery_date")
    public LocalDate promisedDeliveryDate;

    /** Whether this quote is for exactly this configuration. */
    boolean isFor(PricedConfiguration configuration) {
        return model.equals(configuration.model()) && colour.equals(configuration.colour())
                && storageGb == configuration.storageGb() && features.equals(configuration.features())
                && apps.equals(configuration.apps());
    }
}
