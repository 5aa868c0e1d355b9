package io.devzone.party.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;
import io.devzone.party.domain.HonourKind;

/** Which honours to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("PartyHonourFilter")
public class PartyHonourFilter implements RecordFilter {

    @QueryParam("kind")
    public HonourKind kind;

    /** Part of the title, any case. */
    @QueryParam("title")
    public String title;

    @Id
    @QueryParam("memberId")
    public UUID memberId;

    @Id
    @QueryParam("organisationId")
    public UUID organisationId;

    @Description("Awarded on or after this day")
    @QueryParam("awardedFrom")
    public LocalDate awardedFrom;

    @Description("Awarded on or before this day")
    @QueryParam("awardedTo")
    public LocalDate awardedTo;

    @Override
    public Criteria criteria() {
        Periods.checkRange("awardedFrom", awardedFrom, "awardedTo", awardedTo);
        return new Criteria()
                .equal("kind", kind)
                .contains("title", title)
                .equal("memberId", memberId)
                .equal("organisationId", organisationId)
                .atLeast("awardedOn", awardedFrom)
                .atMost("awardedOn", awardedTo);
    }
}
