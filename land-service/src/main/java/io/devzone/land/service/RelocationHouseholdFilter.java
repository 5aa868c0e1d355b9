package io.devzone.land.service;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;
import io.devzone.land.domain.HouseholdStatus;

/**
 * Which households to list; every criterion optional. Identity number and phone match exactly (through their blind
 * index) and only for the land department and leaders.
 */
@Input("RelocationHouseholdFilter")
public class RelocationHouseholdFilter implements RecordFilter {

    @Id
    @Criterion
    @QueryParam("parcelId")
    public UUID parcelId;

    @Criterion
    @QueryParam("status")
    public HouseholdStatus status;

    /** No declared criterion: stored encrypted, it is matched by the service through its blind index. */
    @Description("The head's whole identity number (exact match; land department and leaders only)")
    @QueryParam("idNumber")
    public String idNumber;

    /** No declared criterion: stored encrypted, it is matched by the service through its blind index. */
    @Description("The whole phone number (exact match; land department and leaders only)")
    @QueryParam("phone")
    public String phone;

    @Id
    @Criterion
    @QueryParam("plotId")
    public UUID plotId;
}
