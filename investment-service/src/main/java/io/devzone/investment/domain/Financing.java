package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 融资: money arranged for an enterprise or for the zone's infrastructure, and how much of it has been received. */
@Entity
public class Financing extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    public FinancingBeneficiary beneficiary;

    /** The enterprise financed; null for the zone's infrastructure. */
    public UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    public FinancingKind kind;

    /** The bank, fund or government body providing it. */
    public String source;

    public LocalDate arrangedOn;

    public BigDecimal arrangedCny;

    /** 已到位: never above what was arranged. */
    public BigDecimal receivedCny;
}
