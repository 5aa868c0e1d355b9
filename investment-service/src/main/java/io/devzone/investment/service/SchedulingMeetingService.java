package io.devzone.investment.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.domain.MeetingProblem;
import io.devzone.investment.domain.MeetingProblemRepository;
import io.devzone.investment.domain.SchedulingMeeting;
import io.devzone.investment.domain.SchedulingMeetingRepository;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.mapping.SchedulingMeetingInput;
import io.devzone.investment.mapping.SchedulingMeetingView;

/** 调度会: scheduling meetings, the projects they review and the problems raised there, until resolved. */
@ApplicationScoped
public class SchedulingMeetingService {

    static final String TYPE = "SchedulingMeeting";
    static final String PROBLEM = "MeetingProblem";
    private static final Map<String, String> SORTABLE = Map.of(
            "heldOn", "heldOn", "kind", "kind", "title", "title", "createdAt", "createdAt");
    private static final Map<String, String> PROBLEM_SORTABLE = Map.of(
            "dueOn", "dueOn", "owner", "owner", "resolvedOn", "resolvedOn", "createdAt", "createdAt");

    private final SchedulingMeetingRepository meetings;
    private final Records<SchedulingMeeting, SchedulingMeetingView> meetingRecords;
    private final Records<MeetingProblem, MeetingProblemView> problemRecords;
    private final MeetingProblemRepository problems;
    private final InvestmentProjectRepository projects;
    private final InputValidator validator;

    SchedulingMeetingService(SchedulingMeetingRepository meetings, MeetingProblemRepository problems,
            InvestmentProjectRepository projects, InputValidator validator) {
        this.meetings = meetings;
        this.problems = problems;
        this.projects = projects;
        this.validator = validator;
        this.meetingRecords = Records.of(meetings, TYPE, SchedulingMeetingView::of);
        this.problemRecords = Records.of(problems, PROBLEM, MeetingProblemView::of);
    }

    @ReadAccess
    public Page<SchedulingMeetingView> list(SchedulingMeetingFilter filter, PageRequest page) {
        SchedulingMeetingFilter f = filter == null ? new SchedulingMeetingFilter() : filter;
        var criteria = f.criteria();
        String query = f.query(criteria);
        return meetingRecords.page(query, criteria.parameters(), page, SORTABLE, "heldOn");
    }

    @ReadAccess
    public SchedulingMeetingView get(UUID id) {
        return meetingRecords.view(id);
    }

    @ReadAccess
    public List<SchedulingMeetingView> getAll(List<UUID> ids) {
        return meetingRecords.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public SchedulingMeetingView create(SchedulingMeetingInput input) {
        check(input);
        SchedulingMeeting meeting = new SchedulingMeeting();
        apply(input, meeting);
        meetingRecords.create(meeting, TYPE + " '" + input.title() + "'");
        return SchedulingMeetingView.of(meeting);
    }

    @WriteAccess
    @Transactional
    public SchedulingMeetingView update(UUID id, SchedulingMeetingInput input) {
        check(input);
        return SchedulingMeetingView.of(meetingRecords.update(id, input.version(), meeting -> apply(input, meeting)));
    }

    /** Deletes the meeting and the problems raised at it. */
    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        SchedulingMeeting meeting = meetingRecords.find(id);
        problems.delete("schedulingMeetingId", id);
        meetings.delete(meeting);
    }

    @ReadAccess
    public Page<MeetingProblemView> problems(MeetingProblemFilter filter, PageRequest page) {
        MeetingProblemFilter f = filter == null ? new MeetingProblemFilter() : filter;
        var criteria = f.criteria();
        String query = f.query(criteria);
        return problemRecords.page(query, criteria.parameters(), page, PROBLEM_SORTABLE, "dueOn");
    }

    @ReadAccess
    public MeetingProblemView problem(UUID id) {
        return problemRecords.view(id);
    }

    @ReadAccess
    public List<MeetingProblemView> problemsById(List<UUID> ids) {
        return problemRecords.viewAll(ids);
    }

    /** The problems raised at each meeting, for resolving {@code SchedulingMeeting.problems} in one query. */
    @ReadAccess
    public Map<UUID, List<MeetingProblemView>> problemsOf(List<UUID> meetingIds) {
        return problemRecords.viewsByParent("schedulingMeetingId", p -> p.schedulingMeetingId, meetingIds,
                "dueOn, id");
    }

    @WriteAccess
    @Transactional
    public MeetingProblemView raiseProblem(UUID meetingId, MeetingProblemInput input) {
        SchedulingMeeting meeting = meetingRecords.find(meetingId);
        checkProblem(input, meeting);
        MeetingProblem problem = new MeetingProblem();
        problem.schedulingMeetingId = meetingId;
        applyProblem(input, problem);
        return MeetingProblemView.of(problemRecords.create(problem));
    }

    @WriteAccess
    @Transactional
    public MeetingProblemView updateProblem(UUID id, MeetingProblemInput input) {
        MeetingProblem problem = problemRecords.find(id);
        checkProblem(input, meetingRecords.find(problem.schedulingMeetingId));
        return MeetingProblemView.of(problemRecords.update(id, input.version(), p -> applyProblem(input, p)));
    }

    @WriteAccess
    @Transactional
    public void deleteProblem(UUID id) {
        problemRecords.delete(id);
    }

    private void check(SchedulingMeetingInput input) {
        validator.check(input, "schedulingMeeting");
        if (input.investmentProjectIds() != null) {
            for (UUID projectId : input.investmentProjectIds()) {
                if (projects.findByIdOptional(projectId).isEmpty()) {
                    throw new InvalidInputException("investmentProjectIds", "names no investment project: " + projectId);
                }
            }
        }
    }

    private void checkProblem(MeetingProblemInput input, SchedulingMeeting meeting) {
        validator.check(input, "meetingProblem");
        if (input.dueOn().isBefore(meeting.heldOn)) {
            throw new InvalidInputException("dueOn", "must not be before the meeting (" + meeting.heldOn + ")");
        }
        boolean hasResolution = input.resolution() != null && !input.resolution().isBlank();
        if (hasResolution != (input.resolvedOn() != null)) {
            throw new InvalidInputException("resolvedOn", "and resolution go together: give both to close the"
                    + " problem, neither while it is open");
        }
        if (input.resolvedOn() != null && input.resolvedOn().isBefore(meeting.heldOn)) {
            throw new InvalidInputException("resolvedOn", "must not be before the meeting (" + meeting.heldOn + ")");
        }
    }

    private static void apply(SchedulingMeetingInput input, SchedulingMeeting meeting) {
        meeting.kind = input.kind();
        meeting.heldOn = input.heldOn();
        meeting.title = input.title().strip();
        meeting.summary = InvestmentProjectService.blankToNull(input.summary());
        meeting.investmentProjectIds.clear();
        if (input.investmentProjectIds() != null) {
            meeting.investmentProjectIds.addAll(new LinkedHashSet<>(input.investmentProjectIds()));
        }
    }

    private static void applyProblem(MeetingProblemInput input, MeetingProblem problem) {
        problem.description = input.description().strip();
        problem.owner = input.owner().strip();
        problem.dueOn = input.dueOn();
        problem.resolution = InvestmentProjectService.blankToNull(input.resolution());
        problem.resolvedOn = input.resolvedOn();
    }
}
