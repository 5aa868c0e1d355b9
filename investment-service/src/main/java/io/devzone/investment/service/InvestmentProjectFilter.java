package io.devzone.investment.service;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.IndustryChain;
import io.devzone.investment.domain.PipelineStage;

/** Which projects to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("InvestmentProjectFilter")
@Criterion.Range(path = "agreedInvestmentCny", from = "minAgreedInvestmentCny",
        to = "maxAgreedInvestmentCny")
public class InvestmentProjectFilter implements RecordFilter {

    /** Part of the name, any case. */
    @QueryParam("name")
    public String name;

    @Id
    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @QueryParam("park")
    public Park park;

    @QueryParam("industryChain")
    public IndustryChain industryChain;

    @QueryParam("stage")
    public PipelineStage stage;

    @QueryParam("strategicInvestor")
    public Boolean strategicInvestor;

    /** Part of the liaison group's name, any case. */
    @QueryParam("liaisonGroup")
    public String liaisonGroup;

    /** Agreed investment at least this many yuan. */
    @QueryParam("minAgreedInvestmentCny")
    public BigDecimal minAgreedInvestmentCny;

    /** Agreed investment at most this many yuan. */
    @QueryParam("maxAgreedInvestmentCny")
    public BigDecimal maxAgreedInvestmentCny;
}
