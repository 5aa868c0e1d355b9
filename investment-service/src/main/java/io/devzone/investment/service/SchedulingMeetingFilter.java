package io.devzone.investment.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.investment.domain.MeetingKind;

/** Which scheduling meetings to list; every criterion is optional. The same on REST and GraphQL. */
@Input("SchedulingMeetingFilter")
@Criterion.Range(path = "heldOn", from = "heldFrom", to = "heldTo")
public class SchedulingMeetingFilter implements RecordFilter {

    @QueryParam("kind")
    public MeetingKind kind;

    @QueryParam("heldFrom")
    public LocalDate heldFrom;

    @QueryParam("heldTo")
    public LocalDate heldTo;

    /** Meetings that reviewed this investment project. */
    @Id
    @Criterion(value = Match.MEMBER_OF, path = "investmentProjectIds")
    @QueryParam("investmentProjectId")
    public UUID investmentProjectId;

    /** Part of the title, any case. */
    @QueryParam("title")
    public String title;
}
