package io.devzone.land.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;

/** Which acquisitions to list; every criterion optional. */
@Input("AcquisitionFilter")
@Criterion.Range(path = "acquiredOn", from = "from", to = "to")
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
}
