package com.phonesmith.factory.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A station of the floor and whether an operator has blocked it or works it by hand. */
@Entity
@Table(name = "floor_station")
public class FloorStation extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public StationKind kind;

    @Column(nullable = false)
    public boolean blocked;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** Worked by an operator (true) or by the floor itself (false); null: as configured. */
    public Boolean manual;
}
