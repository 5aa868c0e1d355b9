package io.devzone.investment.service;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.error.RecordNotFoundException;
import io.devzone.commons.input.Texts;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.MeetingProblem;
import io.devzone.investment.domain.MeetingProblemRepository;
import io.devzone.investment.domain.SchedulingMeeting;
import io.devzone.investment.domain.SchedulingMeetingRepository;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;

/**
 * 存在的问题: the problems raised at a scheduling meeting, followed until resolved. A problem is raised at its meeting
 * ({@link #raise}), never on its own.
 */
@Singleton
public class MeetingProblemService
        extends RecordService<MeetingProblem, MeetingProblemView, MeetingProblemInput, MeetingProblemFilter> {

    @Inject
    SchedulingMeetingRepository meetings;

    MeetingProblemService(MeetingProblemRepository problems) {
        // a meeting's problems are listed by due date
        super(Records.of(problems, MeetingProblemView::of)
                .sortable("dueOn", "owner", "resolvedOn")
                .childOf("schedulingMeetingId", p -> p.schedulingMeetingId, "dueOn, id"));
    }

    /** Records a problem raised at the meeting {@code meetingId}. */
    @WriteAccess
    @Transactional
    public MeetingProblemView raise(UUID meetingId, MeetingProblemInput input) {
        meeting(meetingId);
        check(input);
        MeetingProblem problem = new MeetingProblem();
        problem.schedulingMeetingId = meetingId;
        apply(input, problem);
        return records.viewOf(records.create(problem));
    }

    @Override
    protected void apply(MeetingProblemInput input, MeetingProblem problem) {
        SchedulingMeeting meeting = meeting(problem.schedulingMeetingId);
        if (input.dueOn().isBefore(meeting.heldOn)) {
            throw new InvalidInputException("dueOn", "must not be before the meeting (" + meeting.heldOn + ")");
        }
        if ((Texts.orNull(input.resolution()) != null) != (input.resolvedOn() != null)) {
            throw new InvalidInputException("resolvedOn", "and resolution go together: give both to close the"
                    + " problem, neither while it is open");
        }
        if (input.resolvedOn() != null && input.resolvedOn().isBefore(meeting.heldOn)) {
            throw new InvalidInputException("resolvedOn", "must not be before the meeting (" + meeting.heldOn + ")");
        }
        super.apply(input, problem);
    }

    private SchedulingMeeting meeting(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("SchedulingMeeting", id));
    }
}
