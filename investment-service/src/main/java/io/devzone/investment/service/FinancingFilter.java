package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;
import io.devzone.investment.domain.FinancingBeneficiary;
import io.devzone.investment.domain.FinancingKind;

/** Which financing to list; every criterion is optional. The same on REST and GraphQL. */
@Input("FinancingFilter")
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

    @Override
    public Criteria criteria() {
        Periods.checkRange("arrangedFrom", arrangedFrom, "arrangedTo", arrangedTo);
        return new Criteria()
                .equal("beneficiary", beneficiary)
                .equal("enterpriseId", enterpriseId)
                .equal("kind", kind)
                .atLeast("arrangedOn", arrangedFrom)
                .atMost("arrangedOn", arrangedTo);
    }
}
