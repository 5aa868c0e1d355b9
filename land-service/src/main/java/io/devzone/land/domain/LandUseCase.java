package io.devzone.land.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 用地报批: a land-use case, handled once approved. */
@Entity
@Table(name = "land_use_case")
public class LandUseCase extends AuditedEntity {

    /** Unique, kept in upper case. */
    @Column(name = "case_number", nullable = false, length = 40)
    public String caseNumber;

    @Column(name = "parcel_id")
    public UUID parcelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 32)
    public LandUseCaseType type;

    @Column(nullable = false, length = 200)
    public String subject;

    @Column(name = "area_mu", precision = 12, scale = 2)
    public BigDecimal areaMu;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "approved_on")
    public LocalDate approvedOn;
}
