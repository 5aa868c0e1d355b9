package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 基础设施项目: a road, standard factory building, utility or landscaping work the zone builds. */
@Entity
@Table(name = "infrastructure_project")
public class InfrastructureProject extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public InfrastructureKind kind;

    /** Null for works outside the four parks (resettlement areas). */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Park park;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public InfrastructureStatus status;

    /** 项目总投资 */
    @Column(name = "budget_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal budgetCny;

    /** What has been paid out so far. */
    @Column(name = "spent_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal spentCny;

    /** 已完成投资: never above what has been spent. */
    @Column(name = "investment_completed_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal investmentCompletedCny;

    /** 土石方 */
    @Column(name = "earthwork_m3", nullable = false, precision = 18, scale = 2)
    public BigDecimal earthworkM3;

    /** 平整土地 */
    @Column(name = "land_levelled_mu", nullable = false, precision = 18, scale = 2)
    public BigDecimal landLevelledMu;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;
}
