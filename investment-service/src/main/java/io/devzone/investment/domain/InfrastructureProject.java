package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 基础设施项目: a road, standard factory building, utility or landscaping work the zone builds. */
@Entity
public class InfrastructureProject extends AuditedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public InfrastructureKind kind;

    /** Null for works outside the four parks (resettlement areas). */
    @Enumerated(EnumType.STRING)
    public Park park;

    @Enumerated(EnumType.STRING)
    public InfrastructureStatus status;

    /** 项目总投资 */
    public BigDecimal budgetCny;

    /** What has been paid out so far. */
    public BigDecimal spentCny;

    /** 已完成投资: never above what has been spent. */
    public BigDecimal investmentCompletedCny;

    /** 土石方 */
    public BigDecimal earthworkM3;

    /** 平整土地 */
    public BigDecimal landLevelledMu;

    public LocalDate startedOn;

    public LocalDate completedOn;
}
