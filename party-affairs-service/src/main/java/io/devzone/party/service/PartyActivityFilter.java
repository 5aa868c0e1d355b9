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
import io.devzone.party.domain.ActivityType;

/** Which activities to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("PartyActivityFilter")
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
    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @Description("Held on or after this day")
    @QueryParam("heldFrom")
    public LocalDate heldFrom;

    @Description("Held on or before this day")
    @QueryParam("heldTo")
    public LocalDate heldTo;

    @Override
    public Criteria criteria() {
        Periods.checkRange("heldFrom", heldFrom, "heldTo", heldTo);
        return new Criteria()
                .equal("type", type)
                .contains("title", title)
                .contains("organiser", organiser)
                .condition(":enterpriseId member of enterpriseIds", "enterpriseId", enterpriseId)
                .atLeast("heldOn", heldFrom)
                .atMost("heldOn", heldTo);
    }
}
