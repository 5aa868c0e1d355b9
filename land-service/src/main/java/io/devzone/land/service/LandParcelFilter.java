package io.devzone.land.service;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.PlannedUse;

/** Which parcels to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("LandParcelFilter")
public class LandParcelFilter implements RecordFilter {

    /** The whole code, any case. */
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

    @Override
    public Criteria criteria() {
        if (minAreaMu != null && maxAreaMu != null && minAreaMu.compareTo(maxAreaMu) > 0) {
            throw new InvalidInputException("minAreaMu", "must not be above maxAreaMu");
        }
        return new Criteria()
                .equal("code", code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT))
                .contains("name", name)
                .equal("park", park)
                .equal("status", status)
                .equal("plannedUse", plannedUse)
                .equal("investmentProjectId", investmentProjectId)
                .atLeast("areaMu", minAreaMu)
                .atMost("areaMu", maxAreaMu);
    }
}
