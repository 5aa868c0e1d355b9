package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.time.Periods;

/**
 * Which meeting problems to list; every criterion is optional. {@code open=true} gives the unresolved ones,
 * {@code overdueOn=2011-06-30} the ones still open after their due date on that day.
 */
@Input("MeetingProblemFilter")
public class MeetingProblemFilter {

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

    Criteria criteria() {
        Periods.checkRange("dueFrom", dueFrom, "dueTo", dueTo);
        return new Criteria()
                .equal("schedulingMeetingId", schedulingMeetingId)
                .contains("owner", owner)
                .atLeast("dueOn", dueFrom)
                .atMost("dueOn", dueTo);
    }

    /** The where-clause: the criteria, then the conditions on being open and overdue. */
    String query(Criteria criteria) {
        StringBuilder query = new StringBuilder(criteria.query());
        if (open != null) {
            query.append(open ? " and resolvedOn is null" : " and resolvedOn is not null");
        }
        if (overdueOn != null) {
            query.append(" and resolvedOn is null and dueOn < :overdueOn");
            criteria.parameters().and("overdueOn", overdueOn);
        }
        return query.toString();
    }
}
