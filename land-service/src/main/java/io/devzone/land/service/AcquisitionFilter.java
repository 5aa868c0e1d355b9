package io.devzone.land.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;

/** Which acquisitions to list; every criterion optional. */
@Input("AcquisitionFilter")
public class AcquisitionFilter implements RecordFilter {

    @Id
    @QueryParam("parcelId")
    public UUID parcelId;

    /** Acquired on or after this date. */
    @QueryParam("from")
    public LocalDate from;

    /** Acquired on or before this date. */
    @QueryParam("to")
    public LocalDate to;

    @Override
    public Criteria criteria() {
        Periods.checkRange("from", from, "to", to);
        return new Criteria().equal("parcelId", parcelId).atLeast("acquiredOn", from).atMost("acquiredOn", to);
    }
}
