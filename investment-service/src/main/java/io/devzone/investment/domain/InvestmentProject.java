package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 招商项目: a project an enterprise invests in, followed through the pipeline. */
@Entity
public class InvestmentProject extends AuditedEntity {

    public String name;

    /** The investing enterprise; kept as an id so that listing projects never loads enterprises. */
    public UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    public IndustryChain industryChain;

    @Enumerated(EnumType.STRING)
    public Park park;

    /** 协议投资: agreed investment in yuan (CNY). */
    public BigDecimal agreedInvestmentCny;

    /** 战略投资者 */
    public boolean strategicInvestor;

    /** The current stage; it moves only by dated transitions ({@link StageChange}). */
    @Enumerated(EnumType.STRING)
    public PipelineStage stage;

    /** 项目联络工作组: the liaison group following the project. */
    public String liaisonGroup;

    /** 责任领导: the zone leader responsible for the project. */
    public String responsibleLeader;
}
