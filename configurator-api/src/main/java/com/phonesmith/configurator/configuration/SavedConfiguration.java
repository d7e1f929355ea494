package com.phonesmith.configurator.configuration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A configuration a shopper saved to share: the decisions as they were made, kept as codes under a short code. */
@Entity
@Table(name = "saved_configuration")
public class SavedConfiguration extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "model_code", nullable = false)
    public String model;

    public String colour;

    @Column(name = "storage_gb")
    public Integer storageGb;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> chosen;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> removed;

    /** The canonical text of the decisions, which the code is derived from. */
    @Column(nullable = false)
    public String content;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    ConfigurationRequest request() {
        return new ConfigurationRequest(model, colour, storageGb, chosen, removed);
    }
}
