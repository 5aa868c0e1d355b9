package io.devzone.commons.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One change of one field of one record, kept for good (变更记录). The {@code change_history} table is commons' own
 * migration, {@code db/commons/R__change_history.sql}, in every service's Flyway locations.
 */
@Entity
@Table(name = "change_history")
public class ChangeRecord extends KeptEntity {

    @Column(name = "record_type", nullable = false, updatable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    public UUID recordId;

    @Column(nullable = false, updatable = false)
    public String field;

    @Column(name = "old_value", updatable = false)
    public String oldValue;

    @Column(name = "new_value", updatable = false)
    public String newValue;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;
}
