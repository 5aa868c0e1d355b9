package io.devzone.investment.service;

import java.math.BigDecimal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.InfrastructureKind;
import io.devzone.investment.domain.InfrastructureStatus;

/** Which infrastructure projects to list; every criterion is optional. The same on REST and GraphQL. */
@Input("InfrastructureProjectFilter")
@Criterion.Range(path = "budgetCny", from = "minBudgetCny", to = "maxBudgetCny")
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

    @QueryParam("minBudgetCny")
    public BigDecimal minBudgetCny;

    @QueryParam("maxBudgetCny")
    public BigDecimal maxBudgetCny;
}
