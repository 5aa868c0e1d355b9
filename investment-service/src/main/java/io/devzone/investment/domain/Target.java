package io.devzone.investment.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 年度目标任务: the annual target for one indicator; completion and growth are computed from the records. */
@Entity
public class Target extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    public Indicator indicator;

    public int year;

    /** In the indicator's unit (all of them yuan). */
    public BigDecimal targetValue;
}
