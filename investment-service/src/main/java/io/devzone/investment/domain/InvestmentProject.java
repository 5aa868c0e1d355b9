package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 招商项目: a project an enterprise invests in, followed through the pipeline. */
@Entity
@Table(name = "investment_project")
public class InvestmentProject extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    /** The investing enterprise; kept as an id so that listing projects never loads enterprises. */
    @Column(name = "enterprise_id", nullable = false)
    public UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry_chain", nullable = false, length = 40)
    public IndustryChain industryChain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Park park;

    /** 协议投资: agreed investment in yuan (CNY). */
    @Column(name = "agreed_investment_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal agreedInvestmentCny;

    /** 战略投资者 */
    @Column(name = "strategic_investor", nullable = false)
    public boolean strategicInvestor;

    /** The current stage; it moves only by dated transitions ({@link StageChange}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public PipelineStage stage;

    /** 项目联络工作组: the liaison group following the project. */
    @Column(name = "liaison_group", length = 100)
    public String liaisonGroup;

    /** 责任领导: the zone leader responsible for the project. */
    @Column(name = "responsible_leader", length = 100)
    public String responsibleLeader;
}
