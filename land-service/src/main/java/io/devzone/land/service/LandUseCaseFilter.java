package io.devzone.land.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.land.domain.LandUseCaseType;

/** Which land-use cases to list; every criterion optional. */
@Input("LandUseCaseFilter")
@Criterion.Range(path = "approvedOn", from = "approvedFrom", to = "approvedTo")
public class LandUseCaseFilter implements RecordFilter {

    /** The whole case number, any case. */
    @Criterion(Match.CODE)
    @QueryParam("caseNumber")
    public String caseNumber;

    @QueryParam("type")
    public LandUseCaseType type;

    @Id
    @QueryParam("parcelId")
    public UUID parcelId;

    @Description("true: only approved (handled) cases; false: only pending ones")
    @Criterion(value = Match.SET, path = "approvedOn")
    @QueryParam("approved")
    public Boolean approved;

    /** Approved on or after this date. */
    @QueryParam("approvedFrom")
    public LocalDate approvedFrom;

    /** Approved on or before this date. */
    @QueryParam("approvedTo")
    public LocalDate approvedTo;
}
