package io.devzone.investment.service;

import java.math.BigDecimal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.InfrastructureKind;
import io.devzone.investment.domain.InfrastructureStatus;

/** Which infrastructure projects to list; every criterion is optional. The same on REST and GraphQL. */
@Input("InfrastructureProjectFilter")
public class InfrastructureProjectFilter implements RecordFilter {

    /** Part of the name, any case. */
    @QueryParam("name")
    public String name;

    @QueryParam("kind")
    public InfrastructureKind kind;

    @QueryParam("park")
    public Park park;

    @QueryParam("status")
    public InfrastructureStatus status;

    @Criterion(value = Match.AT_LEAST, path = "budgetCny")
    @QueryParam("minBudgetCny")
    public BigDecimal minBudgetCny;

    @Criterion(value = Match.AT_MOST, path = "budgetCny")
    @QueryParam("maxBudgetCny")
    public BigDecimal maxBudgetCny;
}
