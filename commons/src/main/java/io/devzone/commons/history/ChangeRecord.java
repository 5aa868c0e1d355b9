package io.devzone.commons.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change of one field of one record, kept for good (变更记录). Every service creates the
 * {@code change_history} table in its own migration (the DDL is in CONVENTIONS.md).
 */
@Entity
@Table(name = "change_history")
public class ChangeRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

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
