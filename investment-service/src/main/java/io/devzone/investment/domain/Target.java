package io.devzone.investment.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 年度目标任务: the annual target for one indicator; completion and growth are computed from the records. */
@Entity
@Table(name = "target")
public class Target extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Indicator indicator;

    @Column(nullable = false)
    public int year;

    /** In the indicator's unit (all of them yuan). */
    @Column(name = "target_value", nullable = false, precision = 18, scale = 2)
    public BigDecimal targetValue;
}
