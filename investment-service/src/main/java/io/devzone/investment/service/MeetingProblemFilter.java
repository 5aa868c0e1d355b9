package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;

/**
 * Which meeting problems to list; every criterion is optional. {@code open=true} gives the unresolved ones,
 * {@code overdueOn=2011-06-30} the ones still open after their due date on that day.
 */
@Input("MeetingProblemFilter")
public class MeetingProblemFilter implements RecordFilter {

    @Id
    @QueryParam("schedulingMeetingId")
    public UUID schedulingMeetingId;

    /** Part of the owner's name, any case. */
    @QueryParam("owner")
    public String owner;

    @QueryParam("open")
    public Boolean open;

    @Description("Problems open and past their due date on this day")
    @QueryParam("overdueOn")
    public LocalDate overdueOn;

    @QueryParam("dueFrom")
    public LocalDate dueFrom;

    @QueryParam("dueTo")
    public LocalDate dueTo;

    @Override
    public Criteria criteria() {
        Periods.checkRange("dueFrom", dueFrom, "dueTo", dueTo);
        return new Criteria()
                .equal("schedulingMeetingId", schedulingMeetingId)
                .contains("owner", owner)
                .atLeast("dueOn", dueFrom)
                .atMost("dueOn", dueTo)
                .condition(Boolean.TRUE.equals(open), "resolvedOn is null")
                .condition(Boolean.FALSE.equals(open), "resolvedOn is not null")
                .condition("resolvedOn is null and dueOn < :overdueOn", "overdueOn", overdueOn);
    }
}
