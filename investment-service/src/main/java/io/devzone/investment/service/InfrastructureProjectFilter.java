package io.devzone.investment.service;

import java.math.BigDecimal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Criteria;
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

    @QueryParam("minBudgetCny")
    public BigDecimal minBudgetCny;

    @QueryParam("maxBudgetCny")
    public BigDecimal maxBudgetCny;

    @Override
    public Criteria criteria() {
        if (minBudgetCny != null && maxBudgetCny != null && minBudgetCny.compareTo(maxBudgetCny) > 0) {
            throw new InvalidInputException("minBudgetCny", "must not be above maxBudgetCny");
        }
        return new Criteria()
                .contains("name", name)
                .equal("kind", kind)
                .equal("park", park)
                .equal("status", status)
                .atLeast("budgetCny", minBudgetCny)
                .atMost("budgetCny", maxBudgetCny);
    }
}
