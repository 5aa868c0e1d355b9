package io.devzone.commons.history;

import java.util.UUID;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row written once and kept for good (a change record, a pipeline's dated move): a time-ordered UUID id like every
 * record's, but no version and no update stamps, as nothing changes it.
 */
@MappedSuperclass
public abstract class KeptEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
}
