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

/** 到位资金: one dated arrival of capital for an investment project, domestic in yuan or foreign in US dollars. */
@Entity
@Table(name = "capital_arrival")
public class CapitalArrival extends AuditedEntity {

    @Column(name = "investment_project_id", nullable = false)
    public UUID investmentProjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CapitalOrigin origin;

    @Column(name = "arrived_on", nullable = false)
    public LocalDate arrivedOn;

    /** Domestic capital, in yuan; null for foreign capital. */
    @Column(name = "amount_cny", precision = 18, scale = 2)
    public BigDecimal amountCny;

    /** Foreign capital, in US dollars; null for domestic capital. */
    @Column(name = "amount_usd", precision = 18, scale = 2)
    public BigDecimal amountUsd;

    @Column(length = 500)
    public String note;
}
