package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;

/**
 * Which meeting problems to list; every criterion is optional. {@code open=true} gives the unresolved ones,
 * {@code overdueOn=2011-06-30} the ones still open after their due date on that day.
 */
@Input("MeetingProblemFilter")
@Criterion.Range(path = "dueOn", from = "dueFrom", to = "dueTo")
public class MeetingProblemFilter implements RecordFilter {

    @Id
    @QueryParam("schedulingMeetingId")
    public UUID schedulingMeetingId;

    /** Part of the owner's name, any case. */
    @QueryParam("owner")
    public String owner;

    @Criterion(value = Match.UNSET, path = "resolvedOn")
    @QueryParam("open")
    public Boolean open;

    @Description("Problems open and past their due date on this day")
    @Criterion(Match.OWN)
    @QueryParam("overdueOn")
    public LocalDate overdueOn;

    @QueryParam("dueFrom")
    public LocalDate dueFrom;

    @QueryParam("dueTo")
    public LocalDate dueTo;

    /** Besides the declared criteria, the problems overdue on a day. */
    @Override
    public Criteria criteria() {
        return RecordFilter.super.criteria()
                .condition("resolvedOn is null and dueOn < :overdueOn", "overdueOn", overdueOn);
    }
}
