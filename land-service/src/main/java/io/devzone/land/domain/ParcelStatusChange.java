package io.devzone.land.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** One dated step of a parcel's status pipeline; {@code from} is null for the status a parcel was recorded at. */
@Entity
@Table(name = "land_parcel_status_change")
public class ParcelStatusChange extends AuditedEntity {

    public UUID parcelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ParcelStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ParcelStatus to;

    public LocalDate changedOn;
}
