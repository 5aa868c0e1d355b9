package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;
import io.devzone.investment.domain.CapitalOrigin;

/** Which capital arrivals to list; every criterion is optional. The same on REST and GraphQL. */
@Input("CapitalArrivalFilter")
@Criterion.Range(path = "arrivedOn", from = "arrivedFrom", to = "arrivedTo")
public class CapitalArrivalFilter implements RecordFilter {

    @Id
    @QueryParam("investmentProjectId")
    public UUID investmentProjectId;

    @QueryParam("origin")
    public CapitalOrigin origin;

    /** Arrived on or after this date. */
    @QueryParam("arrivedFrom")
    public LocalDate arrivedFrom;

    /** Arrived on or before this date. */
    @QueryParam("arrivedTo")
    public LocalDate arrivedTo;
}
