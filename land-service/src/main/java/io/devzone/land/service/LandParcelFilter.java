package io.devzone.land.service;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.PlannedUse;

/** Which parcels to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("LandParcelFilter")
@Criterion.Range(path = "areaMu", from = "minAreaMu", to = "maxAreaMu")
public class LandParcelFilter implements RecordFilter {

    /** The whole code, any case. */
    @Criterion(Match.CODE)
    @QueryParam("code")
    public String code;

    /** Part of the name or location, any case. */
    @QueryParam("name")
    public String name;

    @QueryParam("park")
    public Park park;

    @QueryParam("status")
    public ParcelStatus status;

    @QueryParam("plannedUse")
    public PlannedUse plannedUse;

    @Id
    @QueryParam("investmentProjectId")
    public UUID investmentProjectId;

    /** Area at least this many mu. */
    @QueryParam("minAreaMu")
    public BigDecimal minAreaMu;

    /** Area at most this many mu. */
    @QueryParam("maxAreaMu")
    public BigDecimal maxAreaMu;
}
