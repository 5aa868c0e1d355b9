package io.devzone.party.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.record.RecordFilter;
import io.devzone.party.domain.HonourKind;

/** Which honours to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("PartyHonourFilter")
@Criterion.Range(path = "awardedOn", from = "awardedFrom", to = "awardedTo")
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
}
