package io.devzone.party.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.party.domain.ActivityType;

/** Which activities to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("PartyActivityFilter")
@Criterion.Range(path = "heldOn", from = "heldFrom", to = "heldTo")
public class PartyActivityFilter implements RecordFilter {

    @QueryParam("type")
    public ActivityType type;

    /** Part of the title, any case. */
    @QueryParam("title")
    public String title;

    /** Part of the organiser, any case. */
    @QueryParam("organiser")
    public String organiser;

    /** Activities involving this enterprise (its id in the investment service). */
    @Id
    @Criterion(value = Match.MEMBER_OF, path = "enterpriseIds")
    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @Description("Held on or after this day")
    @QueryParam("heldFrom")
    public LocalDate heldFrom;

    @Description("Held on or before this day")
    @QueryParam("heldTo")
    public LocalDate heldTo;
}
