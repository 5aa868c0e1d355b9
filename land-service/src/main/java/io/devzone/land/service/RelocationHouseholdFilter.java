package io.devzone.land.service;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.land.domain.HouseholdStatus;

/**
 * Which households to list; every criterion optional. Identity number and phone match exactly (through their blind
 * index) and only for the land department and leaders.
 */
@Input("RelocationHouseholdFilter")
public class RelocationHouseholdFilter implements RecordFilter {

    @Id
    @QueryParam("parcelId")
    public UUID parcelId;

    @QueryParam("status")
    public HouseholdStatus status;

    /** Stored encrypted: the service matches it through its blind index. */
    @Description("The head's whole identity number (exact match; land department and leaders only)")
    @Criterion(Match.OWN)
    @QueryParam("idNumber")
    public String idNumber;

    /** Stored encrypted: the service matches it through its blind index. */
    @Description("The whole phone number (exact match; land department and leaders only)")
    @Criterion(Match.OWN)
    @QueryParam("phone")
    public String phone;

    @Id
    @QueryParam("plotId")
    public UUID plotId;
}
