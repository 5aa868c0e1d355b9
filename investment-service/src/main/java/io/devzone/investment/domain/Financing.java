package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 融资: money arranged for an enterprise or for the zone's infrastructure, and how much of it has been received. */
@Entity
@Table(name = "financing")
public class Financing extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public FinancingBeneficiary beneficiary;

    /** The enterprise financed; null for the zone's infrastructure. */
    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FinancingKind kind;

    /** The bank, fund or government body providing it. */
    @Column(nullable = false, length = 200)
    public String source;

    @Column(name = "arranged_on", nullable = false)
    public LocalDate arrangedOn;

    @Column(name = "arranged_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal arrangedCny;

    /** 已到位: never above what was arranged. */
    @Column(name = "received_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal receivedCny;
}
