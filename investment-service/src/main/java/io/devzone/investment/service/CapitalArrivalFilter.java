package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;
import io.devzone.investment.domain.CapitalOrigin;

/** Which capital arrivals to list; every criterion is optional. The same on REST and GraphQL. */
@Input("CapitalArrivalFilter")
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

    @Override
    public Criteria criteria() {
        Periods.checkRange("arrivedFrom", arrivedFrom, "arrivedTo", arrivedTo);
        return new Criteria()
                .equal("investmentProjectId", investmentProjectId)
                .equal("origin", origin)
                .atLeast("arrivedOn", arrivedFrom)
                .atMost("arrivedOn", arrivedTo);
    }
}
