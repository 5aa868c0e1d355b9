package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 到位资金: one dated arrival of capital for an investment project, domestic in yuan or foreign in US dollars. */
@Entity
public class CapitalArrival extends AuditedEntity {

    public UUID investmentProjectId;

    @Enumerated(EnumType.STRING)
    public CapitalOrigin origin;

    public LocalDate arrivedOn;

    /** Domestic capital, in yuan; null for foreign capital. */
    public BigDecimal amountCny;

    /** Foreign capital, in US dollars; null for domestic capital. */
    public BigDecimal amountUsd;

    public String note;
}
