package io.devzone.investment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;

/** Which monthly figures to list; every criterion is optional. The same on REST and GraphQL. */
@Input("EnterpriseMonthlyFigureFilter")
@Criterion.Range(path = "month", from = "monthFrom", to = "monthTo")
@Criterion.Range(path = "taxPaidCny", from = "minTaxPaidCny")
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
}
