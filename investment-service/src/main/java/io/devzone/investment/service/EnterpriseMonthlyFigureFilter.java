package io.devzone.investment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;

/** Which monthly figures to list; every criterion is optional. The same on REST and GraphQL. */
@Input("EnterpriseMonthlyFigureFilter")
public class EnterpriseMonthlyFigureFilter implements RecordFilter {

    @Id
    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    /** Months from this date on. */
    @QueryParam("monthFrom")
    public LocalDate monthFrom;

    /** Months up to this date. */
    @QueryParam("monthTo")
    public LocalDate monthTo;

    /** Tax paid at least this many yuan. */
    @QueryParam("minTaxPaidCny")
    public BigDecimal minTaxPaidCny;

    @Override
    public Criteria criteria() {
        Periods.checkRange("monthFrom", monthFrom, "monthTo", monthTo);
        return new Criteria()
                .equal("enterpriseId", enterpriseId)
                .atLeast("month", monthFrom)
                .atMost("month", monthTo)
                .atLeast("taxPaidCny", minTaxPaidCny);
    }
}
