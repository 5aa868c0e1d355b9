package io.devzone.commons.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One change of one field of one record, kept for good (变更记录; {@link Immutable}: Hibernate writes no update of
 * it). The {@code change_history} table is commons' own migration, {@code db/commons/R__change_history.sql}, in every
 * service's Flyway locations.
 */
@Entity
@Immutable
@Table(name = "change_history")
public class ChangeRecord extends KeptEntity {

    public String recordType;

    public UUID recordId;

    public String field;

    public String oldValue;

    public String newValue;

    public Instant changedAt;

    public String changedBy;
}
