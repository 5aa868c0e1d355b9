package io.devzone.land.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 用地报批: a land-use case, handled once approved. */
@Entity
public class LandUseCase extends AuditedEntity {

    /** Unique, kept in upper case. */
    public String caseNumber;

    public UUID parcelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public LandUseCaseType type;

    public String subject;

    public BigDecimal areaMu;

    public LocalDate submittedOn;

    public LocalDate approvedOn;
}
