package io.devzone.land.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 纠纷: a dispute over land being acquired, with its handling (调处). */
@Entity
@Table(name = "land_dispute")
public class LandDispute extends AuditedEntity {

    @Column(name = "parcel_id", nullable = false)
    public UUID parcelId;

    @Column(name = "acquisition_id")
    public UUID acquisitionId;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;

    @Column(length = 2000)
    public String handling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DisputeStatus status;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
}
