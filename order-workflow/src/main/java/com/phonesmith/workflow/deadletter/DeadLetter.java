package com.phonesmith.workflow.deadletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message some service could not handle, as it reached the dead-letter topic, and what support did with it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dlq_partition", nullable = false)
    public int dlqPartition;

    @Column(name = "dlq_offset", nullable = false)
    public long dlqOffset;

    @Column(name = "source_topic")
    public String sourceTopic;

    @Column(name = "source_partition")
    public Integer sourcePartition;

    @Column(name = "source_offset")
    public Long sourceOffset;

    @Column(name = "message_key")
    public String messageKey;

    @Column(name = "message_type")
    public String messageType;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadLetterStatus status;

    public String note;

    @Column(name = "acted_by")
    public String actedBy;

    @Column(name = "acted_at")
    public Instant actedAt;
}
