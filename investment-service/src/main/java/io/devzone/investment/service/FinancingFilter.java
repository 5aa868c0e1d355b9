package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;
import io.devzone.investment.domain.FinancingBeneficiary;
import io.devzone.investment.domain.FinancingKind;

/** Which financing to list; every criterion is optional. The same on REST and GraphQL. */
@Input("FinancingFilter")
@Criterion.Range(path = "arrangedOn", from = "arrangedFrom", to = "arrangedTo")
public class FinancingFilter implements RecordFilter {

    @QueryParam("beneficiary")
    public FinancingBeneficiary beneficiary;

    @Id
    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @QueryParam("kind")
    public FinancingKind kind;

    @QueryParam("arrangedFrom")
    public LocalDate arrangedFrom;

    @QueryParam("arrangedTo")
    public LocalDate arrangedTo;
}
