package io.devzone.investment.service;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.MeetingProblemRepository;
import io.devzone.investment.domain.SchedulingMeeting;
import io.devzone.investment.domain.SchedulingMeetingRepository;
import io.devzone.investment.mapping.SchedulingMeetingInput;
import io.devzone.investment.mapping.SchedulingMeetingView;

/** 调度会: scheduling meetings and the investment projects they review; their problems are {@link MeetingProblemService}'s. */
@Singleton
public class SchedulingMeetingService extends RecordService<SchedulingMeeting, SchedulingMeetingView,
        SchedulingMeetingInput, SchedulingMeetingFilter> {

    /** A meeting is deleted with the problems raised at it. */
    SchedulingMeetingService(SchedulingMeetingRepository meetings, MeetingProblemRepository problems) {
        super(Records.of(meetings, SchedulingMeetingView::of)
                .namedBy(m -> m.title)
                .sortable("heldOn", "kind", "title")
                .owning(problems, "schedulingMeetingId"));
    }

    @Override
    protected void checkRules(SchedulingMeetingInput input) {
        if (input.investmentProjectIds() != null) {
            for (UUID projectId : input.investmentProjectIds()) {
                referenced(InvestmentProject.class, "investmentProjectIds", projectId,
                        "names no investment project: " + projectId);
            }
        }
    }
}
