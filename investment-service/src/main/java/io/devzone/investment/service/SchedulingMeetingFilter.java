package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;
import io.devzone.investment.domain.MeetingKind;

/** Which scheduling meetings to list; every criterion is optional. The same on REST and GraphQL. */
@Input("SchedulingMeetingFilter")
public class SchedulingMeetingFilter implements RecordFilter {

    @QueryParam("kind")
    public MeetingKind kind;

    @QueryParam("heldFrom")
    public LocalDate heldFrom;

    @QueryParam("heldTo")
    public LocalDate heldTo;

    /** Meetings that reviewed this investment project. */
    @Id
    @QueryParam("investmentProjectId")
    public UUID investmentProjectId;

    /** Part of the title, any case. */
    @QueryParam("title")
    public String title;

    @Override
    public Criteria criteria() {
        Periods.checkRange("heldFrom", heldFrom, "heldTo", heldTo);
        return new Criteria()
                .equal("kind", kind)
                .atLeast("heldOn", heldFrom)
                .atMost("heldOn", heldTo)
                .contains("title", title)
                .condition(":reviewedProject member of investmentProjectIds", "reviewedProject", investmentProjectId);
    }
}
